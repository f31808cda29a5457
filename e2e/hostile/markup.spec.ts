/**
 * The browser never runs what it reads. Invented articles carry script tags, event-handler attributes,
 * `javascript:` links, iframes, style blocks and HTML entities in every place article text reaches the
 * page; each must show as the characters written, with JavaScript on and off, and nothing may run.
 */
import type { Browser } from '@playwright/test';
import { expect, test } from '../fixtures';
import { MARKUP, appHasTakenOver, guard, hostileArticleId } from './guard';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** No element made from article text: only the app's own markup may be in the page. */
async function expectNoInjectedElements(page: import('@playwright/test').Page): Promise<void> {
  const injected = await page.evaluate(() => ({
    scripts: document.querySelectorAll('#root script, body > script:not([type="module"]):not([type="application/json"])').length,
    images: document.querySelectorAll('img[src="x"], [onerror]').length,
    frames: document.querySelectorAll('iframe').length,
    styles: document.querySelectorAll('body style').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    formatting: document.querySelectorAll('#root b, #root i, #root u, #root em').length,
  }));
  expect(injected).toEqual({ scripts: 0, images: 0, frames: 0, styles: 0, jsLinks: 0, formatting: 0 });
}

test('the article page shows every markup string as text and runs none of it (JavaScript on)', async ({ page }) => {
  const watch = await guard(page);
  const id = await hostileArticleId(page);
  await page.goto(`/articles/${id}`);
  await appHasTakenOver(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MARKUP.headline);
  const main = page.locator('#main');
  for (const [where, text] of Object.entries(MARKUP)) {
    await expect(main, where).toContainText(text);
  }
  // The references in the source were decoded once into the characters they stand for, shown as text.
  await expect(main).not.toContainText('&lt;');
  await expect(page.locator('.quote', { hasText: MARKUP.quotedScript })).toHaveCount(1);
  await expect(page).toHaveTitle(`${MARKUP.headline} — Verbatim`);
  await expectNoInjectedElements(page);
  // The page is still there: the `<style>` block did not hide the body.
  await expect(page.locator('body')).toBeVisible();
  await watch.check();
});

test('the pre-rendered HTML escapes every markup string', async ({ request, page }) => {
  const id = await hostileArticleId(page);
  // React writes ' as &#x27; in the page, the document head as &#39;: compare one spelling.
  const html = (await (await request.get(`/articles/${id}`)).text()).replaceAll('&#x27;', '&#39;');
  for (const [where, text] of Object.entries(MARKUP)) {
    expect(html, where).toContain(escape(text));
  }
  expect(html).not.toContain('window.__pwned=1</script>');
  // The one style element a page may carry is the build's own entry stylesheet, inlined in the head and
  // allowed by its hash (src/pipeline/bundle/inlineEntryCss.ts); anything else would be injected markup.
  const ownStylesheet = /<style data-href="\/assets\/[\w-]+\.css">[\s\S]*?<\/style>/g;
  expect(html.match(ownStylesheet) ?? [], 'inlined entry stylesheets').toHaveLength(1);
  expect(html.replace(ownStylesheet, '')).not.toMatch(/<(img|iframe|style|b|i|u|em)[\s>]/);
  expect(html).not.toMatch(/href="javascript:/i);
  // The title and meta description carry the markup escaped too.
  expect(html).toContain(`<title>${escape(MARKUP.headline)} — Verbatim</title>`);
  expect(html).toContain(`<meta property="og:title" content="${escape(MARKUP.headline)}">`);
});

async function withoutJavaScript(browser: Browser, baseURL: string, run: (page: import('@playwright/test').Page) => Promise<void>) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

test('with JavaScript off the pre-rendered article shows the markup as text', async ({ browser, baseURL, page }) => {
  const id = await hostileArticleId(page);
  await withoutJavaScript(browser, baseURL!, async (plain) => {
    const dialogs: string[] = [];
    const foreign: string[] = [];
    plain.on('dialog', (d) => void dialogs.push(d.message()));
    plain.on('request', (r) => {
      if (new URL(r.url()).origin !== new URL(baseURL!).origin && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await plain.goto(`/articles/${id}`);
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText(MARKUP.headline);
    const main = plain.locator('#main');
    for (const [where, text] of Object.entries(MARKUP)) {
      await expect(main, where).toContainText(text);
    }
    await expectNoInjectedElements(plain);
    expect(dialogs).toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  });
});

test('person, topic, list and search pages show the markup as text too', async ({ page }) => {
  const watch = await guard(page);
  const id = await hostileArticleId(page);
  const person = (await (await page.request.get('/data/people.json')).json()).find((p: { articles: string[]; quoteCount: number }) => p.articles.includes(id) && p.quoteCount > 0);
  expect(person, 'someone is quoted in the hostile article').toBeTruthy();

  await page.goto(`/people/${person.id}`);
  await appHasTakenOver(page);
  await expect(page.locator('#main')).toContainText(MARKUP.quotedScript);
  await expect(page.locator('#main')).toContainText(MARKUP.headline);

  await page.goto('/topics/world');
  await appHasTakenOver(page);
  await expect(page.getByRole('link', { name: MARKUP.headline })).toBeVisible();

  await page.goto('/');
  await appHasTakenOver(page);
  await expect(page.getByRole('link', { name: MARKUP.headline })).toBeVisible();

  // Search shows headlines and standfirsts (quotes and body text are not in the index).
  await page.goto('/search?q=quayside');
  await appHasTakenOver(page);
  await expect(page.getByRole('region', { name: 'Stories' }).getByRole('link', { name: MARKUP.headline })).toBeVisible();
  await expect(page.locator('#main')).toContainText('<b>bold</b>');

  await expectNoInjectedElements(page);
  await watch.check();
});
