/**
 * Search on the real corpus (../shared/corpus, about 2,000 stories): a story is found by words of its
 * headline and a person by name, and a query reads only a few small index files — never a
 * whole-collection file. Everything is read from the built data at run time.
 */
import { foldForSearch, termOf } from '../../src/content/searchText';
import { catalog, expect, people, test } from '../fixtures';

function watchData(page: import('@playwright/test').Page) {
  const data: Array<{ url: string; bytes: number }> = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/data/')) return;
    data.push({ url: url.pathname, bytes: (await response.body().catch(() => Buffer.alloc(0))).length });
  });
  return data;
}

test('a story is found by two uncommon words of its headline, reading only small search files', async ({ page }) => {
  const stories = await catalog(page);
  const termsOf = (headline: string) =>
    [...new Set(headline.split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length > 3 && termOf(foldForSearch(w))))];
  const frequency = new Map<string, number>();
  for (const s of stories) for (const w of termsOf(s.headline)) frequency.set(w.toLowerCase(), (frequency.get(w.toLowerCase()) ?? 0) + 1);
  // A story in the middle of the collection whose headline has two words few other headlines use.
  const story = stories
    .slice(Math.floor(stories.length / 2))
    .find((s) => termsOf(s.headline).filter((w) => frequency.get(w.toLowerCase())! <= 5).length >= 2)!;
  const words = termsOf(story.headline).filter((w) => frequency.get(w.toLowerCase())! <= 5).slice(0, 2);
  const data = watchData(page);
  const termsRead = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/data/search/terms/'));
  await page.goto(`/search?q=${encodeURIComponent(words.join(' '))}`);
  await termsRead;
  const hit = page.getByRole('region', { name: 'Stories' }).locator(`a[href="/articles/${story.id}"]`);
  await expect(hit).toBeVisible();
  await page.waitForLoadState('networkidle');
  const paths = data.map((d) => d.url);
  expect(paths.some((p) => p.startsWith('/data/search/terms/'))).toBe(true);
  for (const whole of ['/data/catalog.json', '/data/people.json', '/data/search-index.json']) expect(paths).not.toContain(whole);
  const search = data.filter((d) => d.url.startsWith('/data/search/'));
  expect(search.length, 'files read for one query').toBeLessThanOrEqual(30);
  for (const file of search) expect(file.bytes, `${file.url} is small`).toBeLessThan(40_000);
});

test('the most quoted person is found by name, first among people', async ({ page }) => {
  const person = [...(await people(page))].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Search the archive' }).pressSequentially(person.name);
  const first = page.getByRole('region', { name: 'People' }).getByRole('link').first();
  await expect(first).toHaveAttribute('href', `/people/${person.id}`);
  await expect(page.getByRole('region', { name: 'Stories' }).getByRole('link').first()).toBeVisible();
});
