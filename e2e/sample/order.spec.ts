import { beforeTheAppLoads, catalog, expect, expectAxeClean, test } from '../fixtures';

/**
 * The story list's lead story and its Sort control. Expected orders are computed from the built catalog,
 * never hard-coded.
 */
test('the first story leads the list: wider, larger headline and standfirst than the stories after it', async ({ page }) => {
  const stories = await catalog(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  // The same layout holds on the pre-rendered page and once the app has drawn the list: measure the app's.
  await expect(page.locator('#root .static-page')).toHaveCount(0);
  const cards = page.locator('.story-list__items > li');
  await expect(cards.first()).toContainText(stories[0]!.headline);
  const size = (i: number) => cards.nth(i).locator('.story-card__headline').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  const width = (i: number) => cards.nth(i).evaluate((li) => li.getBoundingClientRect().width);
  expect(await size(0)).toBeGreaterThan(await size(1));
  expect(await width(0)).toBeGreaterThan((await width(1)) * 1.5);
  await expect(cards.first().locator('.story-card__standfirst')).toBeVisible();
  // Past the first five, compact rows: smaller again than the two-column band.
  if (stories.length > 6) expect(await size(6)).toBeLessThan(await size(1));
});

test('sorts by section with a labelled, keyboard-operable control; the URL keeps the order through reload and sharing', async ({ page }) => {
  const stories = await catalog(page);
  const bySection = [...stories.keys()]
    .sort((a, b) => (stories[a]!.section ?? '\uffff').localeCompare(stories[b]!.section ?? '\uffff', 'en-GB') || a - b)
    .map((i) => stories[i]!.headline);
  await page.goto('/');
  const sort = page.getByRole('combobox', { name: 'Sort' });
  await expect(sort).toHaveValue('date');
  // Reached by keyboard: the next stop after the filter toggle.
  await page.getByRole('button', { name: 'Filter stories' }).focus();
  await page.keyboard.press('Tab');
  await expect(sort).toBeFocused();
  await sort.selectOption('section');
  await expect(page).toHaveURL(/\?sort=section$/);
  const headlines = page.locator('.story-card__headline');
  await expect(headlines).toHaveText(bySection.slice(0, 20));
  await expectAxeClean(page, 'list sorted by section');

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('section');
  await expect(headlines).toHaveText(bySection.slice(0, 20));

  // Back to newest first (the catalog's order: dated stories newest first, then the undated ones).
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('date');
  await expect(page).toHaveURL(/\?sort=date$/);
  const dated = stories.filter((s) => s.updated).sort((a, b) => b.updated!.localeCompare(a.updated!));
  const expected = [...dated, ...stories.filter((s) => !s.updated)].slice(0, 20).map((s) => s.headline);
  await expect(headlines).toHaveText(expected);
});

test('a sort chosen on the served page before the app has loaded is kept and applied once it has', async ({ page }) => {
  const stories = await catalog(page);
  const bySection = [...stories.keys()]
    .sort((a, b) => (stories[a]!.section ?? '\uffff').localeCompare(stories[b]!.section ?? '\uffff', 'en-GB') || a - b)
    .map((i) => stories[i]!.headline);
  const sort = page.getByRole('combobox', { name: 'Sort' });
  await beforeTheAppLoads(page, '/', sort, async () => {
    await sort.selectOption('section');
  });
  await expect(page).toHaveURL(/\?sort=section$/);
  await expect(sort).toHaveValue('section');
  await expect(page.locator('.story-card__headline')).toHaveText(bySection.slice(0, 20));
});

test('a text filter offers and defaults to best match, headline matches first', async ({ page }) => {
  const stories = await catalog(page);
  // A word from a headline that also appears in another story's standfirst only, when the sample has one.
  const word = stories
    .flatMap((s) => s.headline.split(/\s+/))
    .map((w) => w.toLowerCase().replace(/[^a-z]/g, ''))
    .find((w) => w.length > 4 && stories.some((s) => !s.headline.toLowerCase().includes(w) && s.standfirst.toLowerCase().includes(w)));
  test.skip(!word, 'no word in both a headline and another story’s standfirst');
  await page.goto(`/?q=${word}`);
  const sort = page.getByRole('combobox', { name: 'Sort' });
  await expect(sort).toHaveValue('relevance');
  await expect(sort.getByRole('option', { name: 'Best match' })).toHaveCount(1);
  const first = page.locator('.story-card__headline').first();
  await expect(first).toContainText(new RegExp(word!, 'i'));
});

test('with JavaScript off, the list says its order and, in place of the select that cannot work, links each section’s own page, newest first', async ({ browser, baseURL, page }) => {
  const stories = await catalog(page);
  const sections = [...new Set(stories.flatMap((s) => (s.section ? [s.section] : [])))].sort((a, b) => a.localeCompare(b));
  expect(sections.length).toBeGreaterThan(1);

  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const noJs = await context.newPage();
  await noJs.goto('/');
  await expect(noJs.getByRole('combobox', { name: 'Sort' })).toBeHidden();
  // Playwright's text and role engines skip <noscript>, which a browser without scripting draws: CSS finds it.
  const offer = noJs.locator('.sort-without-script');
  await expect(offer.locator('p')).toHaveText('Newest first (undated last).');
  const bySection = offer.locator('nav[aria-label="Stories by section"]');
  await expect(bySection).toBeVisible();
  await expect(bySection.locator('a')).toHaveText(sections.map((name) => new RegExp(`^${name} \\(\\d+\\)$`)));
  // A section's page is a pre-rendered file of its own: its stories, newest first, as the catalog orders them.
  const section = sections[sections.length - 1]!;
  await bySection.locator('a', { hasText: new RegExp(`^${section} `) }).click();
  await expect(noJs.getByRole('heading', { level: 1, name: section })).toBeVisible();
  const inSection = stories.filter((s) => s.section === section).map((s) => s.headline);
  const shown = noJs.locator('.story-card__headline');
  expect(await shown.count()).toBeGreaterThan(0);
  await expect(shown).toHaveText(inSection.slice(0, await shown.count()));
  await context.close();

  // With JavaScript the select does the work and the links are not drawn.
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Sort' })).toBeVisible();
  await expect(page.locator('.sort-without-script')).toHaveCount(0);
});
