/** Find and share: search, links that work without JavaScript, and pages that preview when pasted. */
import type { Article } from '../../src/content/schema';
import { catalog, expect, expectAxeClean, people, test } from '../fixtures';

test('search finds a person and a quote, and a quote result lands on the quote', async ({ page, request }) => {
  const everyone = await people(page);
  const person = [...everyone].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  await page.goto('/search');
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await box.fill(person.name);
  const peopleResults = page.getByRole('region', { name: 'People' });
  await expect(peopleResults.getByRole('link', { name: person.name })).toBeVisible();
  await expect(page).toHaveURL(/\/search\?q=/);

  const stories = await catalog(page);
  const story = stories.find((s) => s.quoteCount > 0)!;
  const article = (await (await request.get(`/data/articles/${story.id}.json`)).json()) as Article;
  const quote = article.quotes.find((q) => q.text.split(/\s+/).length >= 6) ?? article.quotes[0]!;
  const words = quote.text.replace(/[^\p{L}\p{N}\s'-]/gu, ' ').split(/\s+/).filter((w) => w.length > 3).slice(0, 4).join(' ');
  await box.fill(words);
  const quoteResults = page.getByRole('region', { name: 'Quotes' });
  const hit = quoteResults.locator(`a[href="/articles/${story.id}#${quote.id}"]`);
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toBeVisible();
  await expectAxeClean(page, 'search results');
  await hit.click();
  await expect(page.locator(`[id="${quote.id}"]`)).toHaveClass(/is-marked/);
  await page.goBack();
  await expect(box).toHaveValue(words);
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
  await expect(page.getByText(paragraphs[paragraphs.length - 1]!.text.slice(0, 50))).toBeVisible();
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
  expect(html).toContain(`<h1>${escape(story.headline)}</h1>`);
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
