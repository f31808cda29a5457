/** Who said what: quotes highlighted with their speakers, person pages, the person filter. */
import type { Article, PersonPage } from '../../src/content/schema';
import { catalog, expect, expectAxeClean, people, test } from '../fixtures';

test('every quote in a story is highlighted and followed by its speaker', async ({ page, request }) => {
  const stories = await catalog(page);
  const story = [...stories].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  const article = (await (await request.get(`/data/articles/${story.id}.json`)).json()) as Article;
  await page.goto(`/articles/${story.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const quote of article.quotes) {
    const marked = page.locator(`[id="${quote.id}"]`);
    await expect(marked).toContainText(quote.text.slice(0, 40));
    const speaker = marked.locator('xpath=following-sibling::*[contains(@class,"speaker-tag")][1]');
    if (quote.speaker.type === 'person' && quote.speaker.personId) {
      await expect(speaker.getByRole('link', { name: quote.speaker.name! })).toHaveAttribute('href', `/people/${quote.speaker.personId}`);
    } else if (quote.speaker.type === 'unknown') {
      await expect(speaker).toContainText('unknown speaker');
    } else {
      await expect(speaker).toContainText(quote.speaker.name!);
    }
  }
  // Highlighted by more than colour: the quote carries a visible border.
  const style = await page.locator('.quote').first().evaluate((el) => {
    const s = getComputedStyle(el);
    return `${s.borderBottomStyle} ${s.borderLeftStyle} ${s.textDecorationLine}`;
  });
  expect(style).toMatch(/solid|underline|dotted|dashed/);
});

test('choosing a person in the sidebar highlights only their quotes, and the choice is in the URL', async ({ page, request }) => {
  const stories = await catalog(page);
  const story = [...stories].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  const article = (await (await request.get(`/data/articles/${story.id}.json`)).json()) as Article;
  const speakerId = article.quotes.find((q) => q.speaker.personId)!.speaker.personId!;
  const theirs = article.quotes.filter((q) => q.speaker.personId === speakerId).map((q) => q.id);
  await page.goto(`/articles/${story.id}`);
  const name = article.quotes.find((q) => q.speaker.personId === speakerId)!.speaker.name!;
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect(page).toHaveURL(new RegExp(`speaker=${speakerId}`));
  for (const quote of article.quotes) {
    const cls = await page.locator(`[id="${quote.id}"]`).getAttribute('class');
    expect(cls).toContain(theirs.includes(quote.id) ? 'quote--chosen' : 'quote--dimmed');
  }
  await page.reload();
  await expect(page.locator(`[id="${theirs[0]}"]`)).toHaveClass(/quote--chosen/);
});

test('a person page lists their quotes, each linking back to the quote in its story, marked', async ({ page, request }) => {
  const everyone = await people(page);
  const busiest = [...everyone].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  const data = (await (await request.get(`/data/people/${busiest.id}.json`)).json()) as PersonPage;
  await page.goto(`/people/${busiest.id}`);
  await expect(page.getByRole('heading', { level: 1, name: busiest.name })).toBeVisible();
  const links = page.locator('a.quote-link');
  await expect(links).toHaveCount(data.quotes.length);
  const first = data.quotes[0]!;
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${first.articleId}#${first.quoteId}$`));
  const quote = page.locator(`[id="${first.quoteId}"]`);
  await expect(quote).toHaveClass(/is-marked/);
  await expect(quote).toBeInViewport();
  await expectAxeClean(page, 'article with a marked quote');
});

test('a shared quote link opens the story at that quote, marked', async ({ page, request }) => {
  const stories = await catalog(page);
  const story = stories.find((s) => s.quoteCount >= 3)!;
  const article = (await (await request.get(`/data/articles/${story.id}.json`)).json()) as Article;
  const last = article.quotes[article.quotes.length - 1]!;
  await page.goto(`/articles/${story.id}#${last.id}`);
  const quote = page.locator(`[id="${last.id}"]`);
  await expect(quote).toHaveClass(/is-marked/);
  await expect(quote).toBeInViewport();
  await expect(page.locator('.is-marked')).toHaveCount(1);
});

test('the list filtered by person is shareable and survives a reload', async ({ page }) => {
  const everyone = await people(page);
  const person = everyone.find((p) => p.articles.length >= 2 && p.articles.length < 20) ?? everyone[0]!;
  await page.goto(`/?person=${person.id}`);
  await expect(page.getByText(person.name).first()).toBeVisible();
  const cards = page.locator('.story-card');
  await expect(cards).toHaveCount(person.articles.length);
  await page.reload();
  await expect(cards).toHaveCount(person.articles.length);
  await expect(page).toHaveURL(new RegExp(`person=${person.id}`));
});

test('people index filters by name and is axe clean; person and topic pages too', async ({ page }) => {
  const everyone = await people(page);
  await page.goto('/people');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  const target = everyone[Math.floor(everyone.length / 2)]!;
  await page.getByLabel('Filter by name').fill(target.name);
  await expect(page.getByRole('link', { name: target.name, exact: true })).toBeVisible();
  await expectAxeClean(page, '/people');
  await page.getByRole('link', { name: target.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: target.name })).toBeVisible();
  await expectAxeClean(page, 'person page');
  await page.goto('/topics');
  await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
  await expectAxeClean(page, '/topics');
  await page.locator('a.topic-chip').first().click();
  await expect(page.locator('.story-card').first()).toBeVisible();
  await expectAxeClean(page, 'topic page');
});
