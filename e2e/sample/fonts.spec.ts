/**
 * What a first visit downloads of the web fonts (docs/performance.md, "Lighthouse LCP"): only the basic
 * slices (scripts/fonts/slices.ts: ASCII and the punctuation news text uses) of the faces the page uses —
 * none of the rest of Latin or Latin Extended when the page has no such character — and the faces render.
 * The pull quotes' italic is asked for only once a pull quote comes within a screen of the viewport
 * (src/app/lateFonts.ts), so a page loads it only then, and its metric-matched fallback takes the same lines
 * (nothing moves).
 */
import type { Request } from '@playwright/test';
import { appIsReady, catalog, expect, test } from '../fixtures';

const fontName = (url: string) => url.split('/').pop()!.replace(/-[\w-]{8}\.woff2$/, '');
const ITALIC = /source-serif-4-basic-400-italic-[\w-]{8}\.woff2$/;
const FIRST_SCREEN = ['source-sans-3-basic-400-normal', 'source-sans-3-basic-700-normal', 'source-serif-4-basic-400-normal', 'source-serif-4-basic-700-normal'];

test('pages load only the basic slices of the faces they use, and those faces render', async ({ browser, page }) => {
  // A story with a pull quote (the serif italic's only use), and the home page.
  let withPullQuote: string | undefined;
  for (const story of await catalog(page)) {
    if ((await (await page.request.get(`/articles/${story.id}`)).text()).includes('class="pullquote"')) withPullQuote = story.id;
    if (withPullQuote) break;
  }
  expect(withPullQuote, 'a sample story with a pull quote').toBeDefined();

  // A short screen, so that the pull quote starts well over two screens down.
  const screen = { width: 390, height: 300 };
  for (const path of ['/', `/articles/${withPullQuote}`]) {
    const context = await browser.newContext({ viewport: screen });
    const visit = await context.newPage();
    const fonts: string[] = [];
    visit.on('request', (request) => {
      if (request.url().endsWith('.woff2')) fonts.push(fontName(request.url()));
    });
    await visit.goto(path);
    await appIsReady(visit);
    await visit.waitForLoadState('networkidle');
    await visit.evaluate(() => document.fonts.ready);
    expect([...new Set(fonts)].sort(), `${path}: the first screen's faces only`).toEqual(FIRST_SCREEN);
    const rendered = await visit.evaluate(() =>
      ['400 16px "Source Serif 4"', '700 16px "Source Serif 4"', '400 16px "Source Sans 3"', '700 16px "Source Sans 3"'].map((font) =>
        document.fonts.check(font, 'Ag'),
      ),
    );
    expect(rendered, `${path}: the four faces are loaded`).toEqual([true, true, true, true]);
    if (path !== '/') {
      const quote = visit.locator('.pullquote');
      expect(await quote.evaluate((el) => el.getBoundingClientRect().top + window.scrollY), 'the pull quote starts over three screens down').toBeGreaterThan(3 * screen.height);
      // Scrolled to: the italic is asked for, and renders.
      const italic = visit.waitForEvent('requestfinished', (request) => ITALIC.test(request.url()));
      await quote.scrollIntoViewIfNeeded();
      await italic;
      await visit.evaluate(() => document.fonts.ready);
      expect(await visit.evaluate(() => document.fonts.check('italic 400 16px "Source Serif 4 Italic"', 'Ag')), `${path}: the italic renders`).toBe(true);
      expect([...new Set(fonts)].sort()).toEqual([...FIRST_SCREEN, 'source-serif-4-basic-400-italic'].sort());
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
    if (blockItalic) await visit.route(ITALIC, (route) => route.abort());
    // The italic is asked for once the quote nears the screen (at once if it is in the first two).
    const isItalic = (request: Request) => ITALIC.test(request.url());
    const italic = blockItalic ? visit.waitForEvent('requestfailed', isItalic) : visit.waitForEvent('requestfinished', isItalic);
    await visit.goto(`/articles/${withPullQuote}`);
    await appIsReady(visit);
    await visit.locator('.pullquote').scrollIntoViewIfNeeded();
    await italic;
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
