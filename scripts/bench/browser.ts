/**
 * Browser figures, in Debian's Chromium driven by Playwright against the static server of a build.
 *
 * First-visit transfer: each route is loaded in a fresh browser context (empty cache) until the network
 * is idle; every response body is gzipped (level 6, what servers and CDNs commonly use) and summed by
 * type — HTML, CSS, JS, data (JSON) and other. This follows whatever the page really fetches: the Vite
 * entry, modulepreloads, the route's lazy chunk and its data.
 *
 * Interaction timing is measured inside the page with performance.now():
 * - filter: on `/`, the router is sent to `/?person=<busiest id>` (history.pushState + popstate, what
 *   a link click does) and the clock stops when the list's status line (`[role=status]`) shows the new
 *   count and the next frame has been drawn;
 * - search: on `/search`, the query is typed into the search box (value set + input event, as a key
 *   press does) and the clock stops when the results' status line changes to a final text (not
 *   "loading"/"searching") and the next frame is drawn. The page reads the index's root when it opens;
 *   each query reads its words' term shards and its first results' story files, so the first and the
 *   second (another word) both include reading what they need.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';
import { figure, na, type Figure } from './figures.ts';
import type { BenchRoute } from './routes.ts';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

type Kind = 'html' | 'css' | 'js' | 'data' | 'other';

function kindOf(url: string, contentType: string): Kind {
  const pathname = new URL(url).pathname;
  if (contentType.includes('html') || pathname.endsWith('.html') || pathname.endsWith('/')) return 'html';
  if (contentType.includes('css') || pathname.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js$/.test(pathname)) return 'js';
  if (contentType.includes('json') || pathname.endsWith('.json')) return 'data';
  return 'other';
}

const PAGE_TIMEOUT = 60_000;

/** Gzip bytes a first visit downloads, total with parts per type (KB = 1,000 bytes). */
export async function firstVisit(browser: Browser, origin: string, route: BenchRoute): Promise<Figure> {
  const routePath = route.path;
  if (!routePath) return na(route.missing ?? 'no route', 'KB');
  const context = await browser.newContext();
  const page = await context.newPage();
  const sums: Record<Kind, number> = { html: 0, css: 0, js: 0, data: 0, other: 0 };
  const bodies: Array<Promise<void>> = [];
  let documentStatus = 0;
  page.on('response', (response) => {
    if (response.status() >= 300 && response.status() < 400) return;
    if (response.request().resourceType() === 'document' && response.url().startsWith(origin + routePath.split('?')[0]!)) {
      documentStatus = response.status();
    }
    bodies.push(
      response.body().then(
        (body) => {
          sums[kindOf(response.url(), response.headers()['content-type'] ?? '')] += gzipSync(body, { level: 6 }).length;
        },
        () => undefined, // a body the browser discarded (aborted prefetch): not transferred in full
      ),
    );
  });
  try {
    await page.goto(origin + routePath, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT });
    await Promise.all(bodies);
  } finally {
    await context.close();
  }
  const kb = (n: number) => Math.round(n / 100) / 10;
  const total = Object.values(sums).reduce((a, b) => a + b, 0);
  return figure(kb(total), 'KB', {
    parts: { html: kb(sums.html), css: kb(sums.css), js: kb(sums.js), data: kb(sums.data), other: kb(sums.other) },
    ...(documentStatus === 404 ? { note: 'page served as 404 (route not pre-rendered or not in the app)' } : {}),
  });
}

/**
 * Waits in the page for a status line to change to a settled text, then one frame; returns ms. When the
 * filtered list shows the same count as before (a one-story collection: "Showing 1–1 of 1 story" either
 * way), the page heading's change ("All stories" → "Stories") with a settled status line marks the result.
 */
const WAIT_FOR_STATUS_CHANGE = `
  (before, t0, timeoutMs, headingBefore) => new Promise((resolve, reject) => {
    const read = () => {
      const el = document.querySelector('main [role=status]') ?? document.querySelector('[role=status]');
      return el ? el.textContent ?? '' : null;
    };
    const heading = () => document.querySelector('main h1')?.textContent ?? null;
    const settled = () => {
      const now = read();
      // Interim texts ("Loading…", "Searching…", "Filtering stories…") are not results.
      if (now === null || /loading|searching|filtering/i.test(now)) return false;
      return now !== before || (headingBefore != null && heading() !== headingBefore);
    };
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - t0));
    };
    const observer = new MutationObserver(() => { if (settled()) done(); });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no change of [role=status] within ' + timeoutMs + ' ms')); }, timeoutMs);
    if (settled()) done();
  })`;

async function statusText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.querySelector('main [role=status]') ?? document.querySelector('[role=status]');
    return el ? (el.textContent ?? '') : null;
  });
}

/** From `/`, the list filtered by one person (`?person=`) or one topic (`?topic=`), as a link click does it. */
export async function filterTime(browser: Browser, origin: string, personId: string | null, param: 'person' | 'topic' = 'person'): Promise<Figure> {
  if (!personId) return na(`no ${param} to filter by`, 'ms');
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(origin + '/', { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT });
    // A big catalog can still be parsing after the network goes quiet: wait for the list to show.
    await page.waitForSelector('[role=status]', { timeout: 30_000 }).catch(() => undefined);
    const before = await statusText(page);
    if (before === null) return na('the list page has no [role=status] count to watch', 'ms');
    const headingBefore = await page.evaluate(() => document.querySelector('main h1')?.textContent ?? null);
    const href = `/?${param}=${encodeURIComponent(personId)}`;
    const ms = await page.evaluate(
      `(() => { const t0 = performance.now();
         history.pushState(history.state, '', ${JSON.stringify(href)});
         dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
         return (${WAIT_FOR_STATUS_CHANGE})(${JSON.stringify(before)}, t0, 30000, ${JSON.stringify(headingBefore)}); })()`,
    );
    return figure(Number(ms), 'ms', { note: `status: ${((await statusText(page)) ?? '').slice(0, 60)}` });
  } finally {
    await context.close();
  }
}

export async function searchTimes(
  browser: Browser,
  origin: string,
  words: [string, string] | null,
): Promise<{ first: Figure; next: Figure }> {
  if (!words) return { first: na('no word to search for', 'ms'), next: na('no word to search for', 'ms') };
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const response = await page.goto(origin + '/search', { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT });
    const box = page.locator('input[type=search], [role=searchbox], input[name=q]').first();
    // The box may appear only once the route's chunk (or the index) has loaded.
    await box.waitFor({ timeout: 20_000 }).catch(() => undefined);
    if ((await box.count()) === 0) {
      const why = response?.status() === 404 ? '/search not in the app yet (404, no search box)' : 'no search box on /search';
      return { first: na(why, 'ms'), next: na(why, 'ms') };
    }
    const type = async (word: string): Promise<Figure> => {
      const before = (await statusText(page)) ?? '';
      const ms = await page.evaluate(
        `(() => { const input = document.querySelector('input[type=search], [role=searchbox], input[name=q]');
           const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
           const t0 = performance.now();
           setValue.call(input, ${JSON.stringify(word)});
           input.dispatchEvent(new Event('input', { bubbles: true }));
           return (${WAIT_FOR_STATUS_CHANGE})(${JSON.stringify(before)}, t0, 30000); })()`,
      );
      return figure(Number(ms), 'ms', { note: `status: ${((await statusText(page)) ?? '').slice(0, 60)}` });
    };
    const first = await type(words[0]).catch((e: Error) => na(`search: ${e.message}`, 'ms'));
    const next = await type(words[1]).catch((e: Error) => na(`search: ${e.message}`, 'ms'));
    return { first, next };
  } finally {
    await context.close();
  }
}
