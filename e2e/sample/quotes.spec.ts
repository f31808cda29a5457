/** Who said what: quotes highlighted with their speakers, person pages, the person filter. */
import type { APIRequestContext, Page } from '@playwright/test';
import type { Article, PersonPage } from '../../src/content/schema';
import { catalog, expect, expectAxeClean, people, test } from '../fixtures';

/** The sample story with the most quotes, as the app reads it. */
async function busiestStory(page: Page, request: APIRequestContext): Promise<Article> {
  const stories = await catalog(page);
  const story = [...stories].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  return (await (await request.get(`/data/articles/${story.id}.json`)).json()) as Article;
}

/** The speaker note CSS draws after a quote (from its run's data-note): shown or not, and its words. */
function note(page: Page, quoteId: string) {
  return page.locator(`[id="${quoteId}"]`).evaluate((el) => {
    const after = getComputedStyle(el.parentElement!, '::after');
    return { shown: after.display !== 'none', text: after.content.replace(/^"|"$/g, '') };
  });
}

/** What the highlight says about a quote's speaker. */
const described = (quote: Article['quotes'][number]) =>
  quote.speaker.type === 'unknown' || !quote.speaker.name ? 'Speaker not identified' : `Quote by ${quote.speaker.name}`;

test('every quote is highlighted, a link to itself, and described by its speaker; names are written out only where the sentence lacks them', async ({ page, request }) => {
  const article = await busiestStory(page, request);
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  for (const quote of article.quotes) {
    const link = page.locator(`[id="${quote.id}"]`);
    await expect(link).toHaveAttribute('href', new RegExp(`/articles/${article.id}#${quote.id}$`));
    await expect(link).toHaveAccessibleDescription(described(quote));
    // The note takes no room until asked for, and is not part of the text: the sentence reads as written.
    expect((await note(page, quote.id)).shown).toBe(false);
  }
  for (const text of await page.locator('.article-body p').allTextContents()) expect(text).not.toContain('Quote by');
  // No "unknown speaker" and no link icons inside the text any more.
  const body = page.locator('.article-body');
  await expect(body).not.toContainText('unknown speaker');
  await expect(body.locator('button')).toHaveCount(0);
  // An inline tag only after sentences that do not name their speaker: fewer tags than quotes, none empty.
  const tags = await body.locator('.speaker-tag').allTextContents();
  expect(tags.length).toBeLessThan(article.quotes.length);
  for (const tag of tags) expect(article.quotes.map((q) => q.speaker.name)).toContain(tag);
  // Highlighted by more than colour: the quote carries a visible bar.
  const style = await page.locator('.quote').first().evaluate((el) => getComputedStyle(el).borderBottomStyle);
  expect(style).toMatch(/solid|dashed|dotted/);
});

test('hovering or focusing a quote shows its speaker without moving the text', async ({ page, request }) => {
  const article = await busiestStory(page, request);
  const quote = article.quotes.find((q) => q.speaker.personId)!;
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  const link = page.locator(`[id="${quote.id}"]`);
  const paragraph = link.locator('xpath=ancestor::p[1]');
  // Where the paragraph and the quote's last line sit in the page (not the viewport: hovering may scroll).
  const layout = () =>
    paragraph.evaluate((p) => {
      const r = p.getBoundingClientRect();
      const words = [...p.querySelectorAll('.quote')].map((q) => [...q.getClientRects()].map((c) => Math.round(c.right)).join(','));
      return { top: r.top + window.scrollY, height: r.height, width: r.width, words };
    });
  const before = await layout();
  await link.hover();
  await expect.poll(() => note(page, quote.id)).toEqual({ shown: true, text: `Quote by ${quote.speaker.name}` });
  expect(await layout(), 'the paragraph did not reflow').toEqual(before);
  await page.mouse.move(0, 0);
  await expect.poll(async () => (await note(page, quote.id)).shown).toBe(false);
  // By keyboard: Tab reaches the quote, focus is visible and the speaker shows.
  await page.locator('.article-header h1').click();
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await link.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the quote').toBe(true);
  await expect.poll(async () => (await note(page, quote.id)).shown).toBe(true);
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});

test('pressing a quote links to it: the address gets #qN, the quote is marked, and the link works when opened', async ({ page, request }) => {
  const article = await busiestStory(page, request);
  const quote = article.quotes[Math.min(2, article.quotes.length - 1)]!;
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  const link = page.locator(`[id="${quote.id}"]`);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}#${quote.id}$`));
  await expect(link).toHaveClass(/is-marked/);
  await expect(page.locator('.is-marked')).toHaveCount(1);
  // The same address in a fresh page opens at the quote, marked, with its speaker shown.
  await page.goto('/');
  await page.goto(`/articles/${article.id}#${quote.id}`);
  await expect(link).toHaveClass(/is-marked/);
  await expect(link).toBeInViewport();
  await expect.poll(async () => (await note(page, quote.id)).shown).toBe(true);
});

test('the legend: each quoted person has a colour key, a link to their page and a "Show only" toggle that says its state', async ({ page, request }) => {
  const article = await busiestStory(page, request);
  const speakerId = article.quotes.find((q) => q.speaker.personId)!.speaker.personId!;
  const theirs = article.quotes.filter((q) => q.speaker.personId === speakerId).map((q) => q.id);
  await page.goto(`/articles/${article.id}`);
  const sidebar = page.getByRole('complementary', { name: 'People in this story' });
  const name = article.cast!.find((c) => c.id === speakerId)!.name;
  await expect(sidebar.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/people/${speakerId}`);
  // The swatch beside the name has the colour of their quotes in the text.
  const item = sidebar.locator('li', { has: page.getByRole('link', { name, exact: true }) });
  const swatch = await item.locator('.speaker-swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
  const tint = await page.locator(`[id="${theirs[0]}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(swatch).toBe(tint);

  const toggle = sidebar.getByRole('button', { name: `Show only ${name}’s quotes` });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`speaker=${speakerId}`));
  await expect(sidebar.getByRole('status')).toContainText(`Showing only ${name}’s`);
  for (const quote of article.quotes) {
    await expect(page.locator(`[id="${quote.id}"]`)).toHaveClass(theirs.includes(quote.id) ? /quote--chosen/ : /quote--dimmed/);
  }
  await page.reload();
  await expect(page.locator(`[id="${theirs[0]}"]`)).toHaveClass(/quote--chosen/);
  await sidebar.getByRole('button', { name: 'Show all quotes' }).click();
  await expect(page.locator('.quote--dimmed')).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('printed, every quote carries its speaker', async ({ page, request }) => {
  const article = await busiestStory(page, request);
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await page.emulateMedia({ media: 'print' });
  for (const quote of article.quotes) {
    const printed = await note(page, quote.id);
    expect(printed.shown, quote.id).toBe(true);
    expect(printed.text).toContain(described(quote));
  }
  // On paper the speaker follows each quote once: the inline tags give way to the printed notes.
  await expect(page.locator('.speaker-tag').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  expect((await note(page, article.quotes[0]!.id)).shown).toBe(false);
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
