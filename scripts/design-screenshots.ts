/**
 * The screenshots in docs/design.md: each page type at desktop (1280) and mobile (390) width, light and dark,
 * composed side by side into one PNG per page type and collection under docs/design/. PNG keeps type sharp
 * (JPEG smears it).
 *
 *   npx tsx scripts/design-screenshots.ts <base-url> <name> <route>=<label> … [--greek]
 *
 * `--greek` replaces every letter of the page's own text with filler of the same shape before the shot (the
 * chrome — navigation, buttons, headings of the furniture — stays): the layout of a real archive can be
 * shown without copying its articles into the project.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';

const [base, name, ...rest] = process.argv.slice(2);
const greek = rest.includes('--greek');
const routes = rest.filter((a) => a !== '--greek').map((a) => [a.slice(0, a.lastIndexOf('=')), a.slice(a.lastIndexOf('=') + 1)] as const);
if (!base || !name || routes.length === 0) throw new Error('usage: design-screenshots.ts <base-url> <name> <route>=<label> … [--greek]');
const outDir = path.resolve('docs/design');

const SHOTS = [
  { width: 1280, height: 1100, scheme: 'light' },
  { width: 1280, height: 1100, scheme: 'dark' },
  { width: 390, height: 844, scheme: 'light' },
  { width: 390, height: 844, scheme: 'dark' },
] as const;

/** In the page: letters of text under <main> become filler; the app's own furniture keeps its words. */
function greekText(): void {
  const keep = 'button, label, input, .sidebar-group > h2, .search-group > h2, .person-page__section > h2, .page-header__kicker, .lead-media__label, .people-in-story__hint, .people-in-story__key, .article-meta, .search-page > .page-header, .search-form, .speaker-toggle';
  const filler = 'etaoinshrdlucmfwyp';
  const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(keep)) continue;
    node.textContent = (node.textContent ?? '').replace(/\p{L}/gu, (c) => {
      const f = filler[c.codePointAt(0)! % filler.length]!;
      return c === c.toUpperCase() && c !== c.toLowerCase() ? f.toUpperCase() : f;
    });
  }
}

async function shoot(browser: Browser, route: string): Promise<string[]> {
  const images: string[] = [];
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme });
    // The dark phone shot of an article opens a quote link (#q2): the quote marked, its speaker in the bar.
    const markQuote = shot.width < 600 && shot.scheme === 'dark' && route.startsWith('/articles/');
    await page.goto(base + route + (markQuote ? '#q2' : ''));
    await page.locator('#root .static-page').waitFor({ state: 'detached' });
    // The app has hydrated (or drawn) the page: greeking before that would be undone by React's render.
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' }).catch(() => undefined);
    // A search shows its results once the index has loaded: wait for its count, whatever the machine's load.
    if (route.includes('?q=')) await page.getByRole('main').getByRole('status').filter({ hasText: / for “/ }).first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    if (greek) await page.evaluate(greekText);
    // On the desktop, point at a quote already on screen (so nothing scrolls) to show its speaker.
    const quotes = page.locator('.article-body .quote');
    if (shot.width > 600 && (await quotes.count()) > 0) {
      const onScreen = await quotes.evaluateAll((els) => els.findIndex((el) => el.getBoundingClientRect().bottom < window.innerHeight - 80));
      if (onScreen >= 0) await quotes.nth(onScreen).hover();
    }
    if (markQuote) await page.locator('.quote.is-marked').waitFor();
    images.push((await page.screenshot({ type: 'png' })).toString('base64'));
    await page.close();
  }
  return images;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
await mkdir(outDir, { recursive: true });
for (const [route, label] of routes) {
  const [dl, dd, ml, md] = await shoot(browser, route);
  const sheet = await browser.newPage({ viewport: { width: 1700, height: 600 } });
  const img = (b64: string, w: number) => `<img src="data:image/png;base64,${b64}" width="${w}">`;
  await sheet.setContent(
    `<body style="margin:0;padding:10px;background:#888;display:flex;gap:10px;align-items:flex-start">${img(dl!, 640)}${img(dd!, 640)}${img(ml!, 195)}${img(md!, 195)}</body>`,
  );
  const file = path.join(outDir, `${name}-${label}.png`);
  await sheet.screenshot({ path: file, type: 'png', clip: { x: 0, y: 0, width: 1700, height: 570 } });
  await sheet.close();
  console.log(file);
}
await browser.close();
