/**
 * The real-corpus site (../shared/corpus: the 2009 seed page plus the BBC 2004–05 collection),
 * served by a plain static file server with no rewrite rules.
 */
import { readFileSync } from 'node:fs';
import { catalog, expect, expectAxeClean, test } from '../fixtures';

const SEED_HEADLINE = 'Nato chief reaches out to Russia';

async function seedId(page: import('@playwright/test').Page): Promise<string> {
  const seed = (await catalog(page)).find((s) => s.headline === SEED_HEADLINE);
  expect(seed, 'the seed page is in the corpus build').toBeTruthy();
  return seed!.id;
}

test("the seed's raw HTML carries its title, intro as description, and Open Graph tags", async ({ page, request }) => {
  const id = await seedId(page);
  const html = await (await request.get(`/articles/${id}`)).text();
  const seedText = readFileSync(new URL('../../../shared/corpus/seed/nato-chief-reaches-out-to-russia.txt', import.meta.url), 'utf8');
  // The intro is the first line of prose after the caption: read it from the source, never copy it.
  const intro = seedText.split('\n').map((l) => l.trim()).find((l) => l.length > 60 && /[.!?]$/.test(l))!;
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  expect(html).toContain(`<meta property="og:title" content="${SEED_HEADLINE}">`);
  expect(html).toContain(`<meta property="og:description" content="${attr(intro)}">`);
  expect(html).toContain(`<meta name="description" content="${attr(intro)}">`);
  expect(html).toContain(`<title>${SEED_HEADLINE} — Verbatim</title>`);
  expect(html).toMatch(/<link rel="canonical" href="[^"]+\/articles\//);
  expect(html).toContain('<meta name="twitter:card" content="summary">');
});

test('the seed reads as a news page: update line, caption, crossheads, pull quote, analysis box, related', async ({ page }) => {
  await page.goto(`/articles/${await seedId(page)}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  // The page's "21:44 GMT … 22:44 UK" reads as one UK local time with its zone; GMT is on demand.
  const updated = page.locator('time').first();
  await expect(updated).toHaveText('22:44 BST, Friday 18 September 2009');
  await expect(updated).toHaveAttribute('datetime', '2009-09-18T21:44:00.000Z');
  await expect(updated).toHaveAttribute('title', '21:44 GMT, Friday 18 September 2009');
  await expect(page.getByRole('heading', { level: 2, name: /Explore links/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Pressure on Iran' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Afghanistan co-operation' })).toBeVisible();
  const pull = page.locator('blockquote');
  await expect(pull).toHaveCount(1);
  await expect(page.locator('figure:has(blockquote) cite')).toContainText('Anders Fogh Rasmussen');
  const box = page.getByRole('complementary', { name: /Jonny Dymond/ });
  await expect(box).toContainText('BBC Europe correspondent');
  const related = page.getByRole('complementary', { name: 'Related stories' });
  await expect(related.getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('main')).not.toContainText('Print Sponsor');
  await expect(page.getByRole('main')).not.toContainText('BBC navigation');
  await expectAxeClean(page, 'seed article');
});

test('deep links work on a plain static server: article, people, topics, unknown paths get the 404 page', async ({ page, request, watched }) => {
  const id = await seedId(page);
  for (const path of [`/articles/${id}`, '/people', '/topics', '/search']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
  const missing = await request.get('/articles/not-a-story-123456');
  expect(missing.status()).toBe(404);
  await page.goto('/articles/not-a-story-123456');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  // The app starts after the pre-rendered 404 page has painted (it draws afresh: 404.html is not this
  // address's page), then asks for the story's data (a 404 the browser logs).
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  watched.errors.length = 0;
});

test('a BBC story opens from the list and reads without furniture', async ({ page }) => {
  const stories = await catalog(page);
  expect(stories.length).toBeGreaterThanOrEqual(2004);
  const business = stories.find((s) => s.section === 'Business')!;
  await page.goto(`/articles/${business.id}`);
  await expect(page.getByRole('heading', { level: 1, name: business.headline })).toBeVisible();
  await expect(page.locator('.article p').first()).toBeVisible();
  await expectAxeClean(page, 'BBC article');
});
