/**
 * What a first visit downloads of the web fonts (docs/performance.md, "Lighthouse LCP"): only the basic
 * slices (scripts/fonts/slices.ts: ASCII and the punctuation news text uses) of the faces the page uses —
 * none of the rest of Latin or Latin Extended when the page has no such character — and the faces render.
 * The pull quotes' italic is asked for only once the page has painted (src/app/lateFonts.ts), so it is
 * requested only then, and its metric-matched fallback takes the same lines (nothing moves).
 */
import { appIsReady, catalog, expect, test } from '../fixtures';

const fontName = (url: string) => url.split('/').pop()!.replace(/-[\w-]{8}\.woff2$/, '');
const FIRST_SCREEN = ['source-sans-3-basic-400-normal', 'source-sans-3-basic-700-normal', 'source-serif-4-basic-400-normal', 'source-serif-4-basic-700-normal'];

test('pages load only the basic slices of the faces they use, and those faces render', async ({ browser, page }) => {
  // A story with a pull quote (the serif italic's only use), and the home page.
  let withPullQuote: string | undefined;
  for (const story of await catalog(page)) {
    if ((await (await page.request.get(`/articles/${story.id}`)).text()).includes('class="pullquote"')) withPullQuote = story.id;
    if (withPullQuote) break;
  }
  expect(withPullQuote, 'a sample story with a pull quote').toBeDefined();

  for (const [path, expected] of [
    ['/', FIRST_SCREEN],
    [`/articles/${withPullQuote}`, [...FIRST_SCREEN, 'source-serif-4-basic-400-italic'].sort()],
  ] as const) {
    const context = await browser.newContext();
    const visit = await context.newPage();
    const fonts: string[] = [];
    visit.on('request', (request) => {
      if (request.url().endsWith('.woff2')) fonts.push(fontName(request.url()));
    });
    await visit.goto(path);
    await appIsReady(visit);
    await visit.waitForLoadState('networkidle');
    await visit.evaluate(() => document.fonts.ready);
    expect([...new Set(fonts)].sort(), path).toEqual(expected);
    const rendered = await visit.evaluate(() =>
      ['400 16px "Source Serif 4"', '700 16px "Source Serif 4"', '400 16px "Source Sans 3"', '700 16px "Source Sans 3"'].map((font) =>
        document.fonts.check(font, 'Ag'),
      ),
    );
    expect(rendered, `${path}: the four faces are loaded`).toEqual([true, true, true, true]);
    if (path !== '/') {
      const italic = await visit.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
        const request = performance.getEntriesByType('resource').find((e) => /source-serif-4-basic-400-italic-[\w-]{8}\.woff2$/.test(e.name));
        return { afterFirstPaint: (request?.startTime ?? -1) >= fcp, loaded: document.fonts.check('italic 400 16px "Source Serif 4 Italic"', 'Ag') };
      });
      expect(italic, `${path}: the italic is requested after the first paint, and renders`).toEqual({ afterFirstPaint: true, loaded: true });
    }
    await context.close();
  }
});

test('the pull quote takes the same space in its fallback as in the web font (no shift when the italic arrives)', async ({ browser, page }) => {
  let withPullQuote: string | undefined;
  for (const story of await catalog(page)) {
    if ((await (await page.request.get(`/articles/${story.id}`)).text()).includes('class="pullquote"')) withPullQuote = story.id;
    if (withPullQuote) break;
  }
  const boxes: Array<{ width: number; height: number; family: boolean }> = [];
  for (const blockItalic of [true, false]) {
    // A phone-sized screen, where the quote wraps over several lines; the service worker would fetch around the route.
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });
    const visit = await context.newPage();
    if (blockItalic) await visit.route(/-italic-[\w-]{8}\.woff2$/, (route) => route.abort());
    await visit.goto(`/articles/${withPullQuote}`);
    await appIsReady(visit);
    await visit.evaluate(() => document.fonts.ready);
    boxes.push(
      await visit.locator('.pullquote blockquote').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { width: r.width, height: r.height, family: document.fonts.check('italic 400 16px "Source Serif 4 Italic"', 'Ag') };
      }),
    );
    await context.close();
  }
  expect(boxes.map((b) => b.family), 'fallback first, then the web font').toEqual([false, true]);
  expect(boxes[0]!.height).toBe(boxes[1]!.height);
});
