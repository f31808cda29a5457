/** Find and share: search, links that work without JavaScript, and pages that preview when pasted. */
import type { Article } from '../../src/content/schema';
import { foldForSearch, termOf } from '../../src/content/searchText';
import { curlyQuotes } from '../../src/content/typography';
import { catalog, expect, expectAxeClean, people, test, typeBeforeTheAppLoads } from '../fixtures';

/** Words of a headline a reader might type: letters only, longer than three, not a word search skips. */
const headlineWords = (headline: string) =>
  headline
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter((w) => w.length > 3 && termOf(foldForSearch(w)) !== null);

test('search as you type finds a story; the URL restores it, and results work by keyboard', async ({ page }) => {
  const stories = await catalog(page);
  const story = stories.find((s) => headlineWords(s.headline).length >= 2)!;
  const [first, second] = headlineWords(story.headline) as [string, string];
  await page.goto('/search');
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  const storyResults = page.getByRole('region', { name: 'Stories' });
  const hit = storyResults.locator(`a[href="/articles/${story.id}"]`);

  // Part of a word already finds the story, the whole word marked.
  await box.pressSequentially(first.slice(0, 4));
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark', { hasText: new RegExp(`^${first}$`, 'i') }).first()).toBeVisible();

  const query = `${first} ${second}`;
  await box.fill(query);
  // The prefix query's results (one word marked) stay until the new ones arrive: wait for those first,
  // instead of counting marks in whatever happens to be on screen (the first-run race).
  await expect(page.getByRole('main').getByRole('status').first()).toContainText(`for “${query}”`);
  await expect(hit).toBeVisible();
  await expect.poll(() => hit.locator('mark').count()).toBeGreaterThanOrEqual(2);
  await expect(page).toHaveURL(`/search?${new URLSearchParams({ q: query })}`);
  await expectAxeClean(page, 'search results');

  // The address alone restores the search.
  await page.reload();
  await expect(box).toHaveValue(query);
  await expect(hit).toBeVisible();

  // Keyboard: Tab from the box reaches the result; Enter opens the story; Back returns to the search.
  await box.focus();
  for (let i = 0; i < 40 && !(await hit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(hit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/articles/${story.id}`);
  await expect(page.getByRole('heading', { level: 1, name: story.headline })).toBeVisible();
  await page.goBack();
  await expect(box).toHaveValue(query);
  await expect(hit).toBeVisible();
});

test('words typed into the pre-rendered search box before the app has loaded are searched once it has', async ({ page }) => {
  const stories = await catalog(page);
  const story = stories.find((s) => headlineWords(s.headline).length >= 1)!;
  const [word] = headlineWords(story.headline) as [string];
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await typeBeforeTheAppLoads(page, '/search', box, word);
  await expect(box).toHaveValue(word);
  await expect(page.getByRole('region', { name: 'Stories' }).locator(`a[href="/articles/${story.id}"]`)).toBeVisible();
  await expect(page).toHaveURL(`/search?${new URLSearchParams({ q: word })}`);
});

test('a name typed into the pre-rendered people filter before the app has loaded filters once it has', async ({ page }) => {
  const person = [...(await people(page))].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  const surname = person.name.split(' ').at(-1)!;
  const box = page.getByLabel('Filter by name');
  await typeBeforeTheAppLoads(page, '/people', box, surname);
  await expect(box).toHaveValue(surname);
  await expect(page.getByRole('heading', { level: 2, name: 'Most quoted' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: person.name, exact: true })).toBeVisible();
});

test('search finds a person by name and links to their page of quotes', async ({ page }) => {
  const everyone = await people(page);
  const person = [...everyone].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  await page.goto(`/search?q=${encodeURIComponent(person.name)}`);
  const peopleResults = page.getByRole('region', { name: 'People' });
  const link = peopleResults.getByRole('link', { name: person.name });
  await expect(link).toHaveAttribute('href', `/people/${person.id}`);
  await expect(peopleResults.getByRole('listitem').first()).toContainText(`${person.quoteCount} quote`);
  // The stories that name them are found too.
  await expect(page.getByRole('region', { name: 'Stories' }).getByRole('link').first()).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
});

test('a search for words no story holds says so', async ({ page }) => {
  await page.goto('/search?q=zyzzogeton');
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('Nothing found for “zyzzogeton”.');
  await expect(page.getByRole('region', { name: 'Stories' })).toHaveCount(0);
});

test('an article reads with JavaScript disabled: quotes, speakers and related links included', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const stories = (await (await page.request.get('/data/catalog.json')).json()) as Array<{ id: string; quoteCount: number }>;
  const story = stories.find((s) => s.quoteCount >= 2)!;
  const article = (await (await page.request.get(`/data/articles/${story.id}.json`)).json()) as Article;
  await page.goto(`/articles/${story.id}`);
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
  const paragraphs = article.blocks.filter((b) => b.type === 'paragraph');
  // The story's text as the app sets it: straight quotation marks drawn curly.
  await expect(page.getByText(curlyQuotes(paragraphs[paragraphs.length - 1]!.text).slice(0, 50))).toBeVisible();
  for (const quote of article.quotes) await expect(page.locator(`[id="${quote.id}"]`)).toBeVisible();
  const named = article.quotes.find((q) => q.speaker.personId)!;
  await expect(page.locator(`a[href="/people/${named.speaker.personId}"]`).first()).toBeVisible();
  const linked = article.related.find((r) => r.id);
  if (linked) await expect(page.locator(`a[href="/articles/${linked.id}"]`).first()).toBeVisible();
  await context.close();
});

test('the raw HTML of article, person and topic URLs carries title, description and Open Graph tags', async ({ page, request }) => {
  const stories = await catalog(page);
  const story = stories[0]!;
  const html = await (await request.get(`/articles/${story.id}`)).text();
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  expect(html).toContain(`<meta property="og:title" content="${escape(story.headline)}">`);
  expect(html).toContain('<meta property="og:type" content="article">');
  expect(html).toMatch(/<meta name="twitter:card" content="summary">/);
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/articles/${story.id}">`));
  // The page's own markup, as react-dom/server writes it: the headline set with curly quotes, as text.
  const asText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
  expect(html).toMatch(new RegExp(`<h1[^>]*>${asText(curlyQuotes(story.headline)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
  const person = (await people(page))[0]!;
  const personHtml = await (await request.get(`/people/${person.id}`)).text();
  expect(personHtml).toContain(`<meta property="og:title" content="${escape(person.name)}">`);
  const topics = (await (await request.get('/data/topics.json')).json()) as Array<{ id: string; name: string }>;
  const topicHtml = await (await request.get(`/topics/${topics[0]!.id}`)).text();
  expect(topicHtml).toContain(`<meta property="og:title" content="${escape(topics[0]!.name)}">`);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/articles/${story.id}</loc>`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*sitemap\.xml/);
});

test('share copies the page link and says so', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const stories = await catalog(page);
  await page.goto(`/articles/${stories[0]!.id}`);
  await page.getByRole('button', { name: 'Share this story' }).click();
  await expect(page.getByText(/copied/i).first()).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/articles/${stories[0]!.id}`);
  await context.close();
});
