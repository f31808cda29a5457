/**
 * Paged topic, person and index pages on the real corpus (about 2,000 stories), where the busiest topic and
 * person run to several pages. Ids, counts and headlines come from the built data at run time.
 */
import type { Page } from '@playwright/test';
import { foldName } from '../../src/content/names';
import type { PeopleIndex, Person, PersonPage, Topic, TopicPage } from '../../src/content/schema';
import { expect, people, test, embeddedState } from '../fixtures';

async function json<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), path).toBe(true);
  return (await response.json()) as T;
}

async function busiestTopic(page: Page): Promise<Topic> {
  const topics = await json<Topic[]>(page, '/data/topics.json');
  return [...topics].sort((a, b) => b.articles.length - a.articles.length)[0]!;
}

async function busiestPerson(page: Page): Promise<Person> {
  return [...(await people(page))].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
}

/** Every /data/ file the page reads (listed as its response arrives), and its size once `sized()` resolves. */
function recordData(page: Page) {
  const files: Array<{ path: string; bytes: number }> = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/data/')) return;
    const file = { path: pathname, bytes: 0 };
    files.push(file);
    pending.push(response.body().then((body) => void (file.bytes = body.length), () => undefined));
  });
  return { files, paths: () => files.map((f) => f.path), sized: () => Promise.all(pending).then(() => files) };
}

/** Tab until a link whose text matches `name` has the focus. */
async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent ?? '' }));
    if (focused.tag === 'A' && name.test(focused.text)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** The app has taken over the pre-rendered HTML and finished loading. */
async function appHasTakenOver(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

const cardHeadlines = (page: Page) => page.locator('.story-card h3');

test('the busiest topic reads one small file, and page 2 is reachable by link and by keyboard, with history', async ({ page }) => {
  const topic = await busiestTopic(page);
  const first = await json<TopicPage>(page, `/data/topics/${topic.id}.json`);
  const second = await json<TopicPage>(page, `/data/topics/${topic.id}/page-2.json`);
  expect(first.pageCount, 'the busiest topic runs to several pages').toBeGreaterThan(2);
  expect(first.total).toBe(topic.articles.length);

  const data = recordData(page);
  const state = await embeddedState(page, `/topics/${topic.id}`);
  expect(state.bytes, 'the embedded first page is small').toBeLessThan(40_000);
  await page.goto(`/topics/${topic.id}`);
  await appHasTakenOver(page);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByText(`Page 1 of ${first.pageCount}`)).toBeVisible();
  await expect(cardHeadlines(page)).toHaveText(first.stories.map((s) => s.headline));
  await page.waitForLoadState('networkidle');
  expect(state.bytes > 0 || data.paths().includes(`/data/topics/${topic.id}.json`), 'the first page came embedded or as its own file').toBe(true);
  expect(data.paths()).not.toContain('/data/topics.json');
  for (const file of await data.sized()) expect(file.bytes, `${file.path} is small`).toBeLessThan(40_000);

  // By link, then back.
  await pages.getByRole('link', { name: /Older stories/ }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.id}/page/2$`));
  await expect(cardHeadlines(page)).toHaveText(second.stories.map((s) => s.headline));
  await expect(page).toHaveTitle(`${topic.name}, page 2 — Verbatim`);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.id}$`));
  await expect(pages.getByText(`Page 1 of ${first.pageCount}`)).toBeVisible();

  // By keyboard alone: Tab to the link, Enter; the focus lands on the new page's content.
  await page.reload();
  await appHasTakenOver(page);
  await expect(pages.getByText(`Page 1 of ${first.pageCount}`)).toBeVisible();
  await tabTo(page, /Older stories/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.id}/page/2$`));
  await expect(cardHeadlines(page).first()).toHaveText(second.stories[0]!.headline);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
});

test('every page of the busiest person and topic is a file of its own on a plain static server', async ({ page, request }) => {
  const topic = await busiestTopic(page);
  const person = await busiestPerson(page);
  const last = (await json<PersonPage>(page, `/data/people/${person.id}.json`)).pageCount;
  for (const path of [`/topics/${topic.id}/page/2`, `/people/${person.id}/page/2`, `/people/${person.id}/page/${last}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text()).toContain(`<link rel="canonical" href="`);
  }
  expect((await request.get(`/people/${person.id}/page/${last + 1}`)).status()).toBe(404);
});

test('with JavaScript off, the busiest person’s page shows their first page and a link to the second that works', async ({ browser, baseURL, page }) => {
  const person = await busiestPerson(page);
  const first = await json<PersonPage>(page, `/data/people/${person.id}.json`);
  const second = await json<PersonPage>(page, `/data/people/${person.id}/page-2.json`);
  expect(first.quoteTotal).toBeGreaterThan(first.quotes.length);

  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const noJs = await context.newPage();
  await noJs.goto(`/people/${person.id}`);
  await expect(noJs.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
  const quoteLinks = noJs.locator('a.quote-link');
  await expect(quoteLinks).toHaveCount(first.quotes.length);
  await expect(quoteLinks.first()).toHaveAttribute('href', `/articles/${first.quotes[0]!.articleId}#${first.quotes[0]!.quoteId}`);
  await expect(noJs.getByText(`Page 1 of ${first.pageCount}`)).toBeVisible();
  await noJs.getByRole('link', { name: /Next page/ }).click();
  await expect(noJs).toHaveURL(new RegExp(`/people/${person.id}/page/2$`));
  await expect(noJs.getByText(`Page 2 of ${first.pageCount}`)).toBeVisible();
  await expect(quoteLinks.first()).toHaveAttribute('href', `/articles/${second.quotes[0]!.articleId}#${second.quotes[0]!.quoteId}`);
  await expect(noJs.getByRole('link', { name: /Previous page/ })).toHaveAttribute('href', `/people/${person.id}`);
  await context.close();
});

test('/people opens on a small first file; a letter and a typed name load only their own shard and find anyone', async ({ page }) => {
  const everyone = await people(page);
  const index = await json<PeopleIndex>(page, '/data/people-index.json');
  const data = recordData(page);
  const state = await embeddedState(page, '/people');
  expect(state.bytes, 'the embedded index is small').toBeLessThan(40_000);
  await page.goto('/people');
  await appHasTakenOver(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Most quoted' })).toBeVisible();
  expect(state.bytes > 0 || data.paths().includes('/data/people-index.json'), 'the index came embedded or as its own file').toBe(true);
  expect(data.paths().filter((p) => p.startsWith('/data/people-index/')), 'no letter or name shard before use').toEqual([]);
  for (const file of await data.sized()) expect(file.bytes, `${file.path} is small`).toBeLessThan(40_000);

  // The busiest letter, a page at a time.
  const busiest = [...index.letters].sort((a, b) => b.count - a.count)[0]!;
  const bar = page.getByRole('navigation', { name: 'Browse by letter' });
  await bar.getByRole('link', { name: new RegExp(`^${busiest.letter},`) }).click();
  await expect(page).toHaveURL(new RegExp(`letter=${busiest.key}$`));
  await expect(page.getByRole('heading', { level: 2, name: busiest.letter })).toBeVisible();
  await expect(page.locator('.person-row')).toHaveCount(Math.min(busiest.count, index.letterPageSize));
  if (busiest.count > index.letterPageSize) {
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Next page/ }).click();
    await expect(page).toHaveURL(new RegExp(`letter=${busiest.key}&page=2$`));
    await expect(page.getByRole('status').filter({ hasText: 'page 2 of' })).toBeVisible();
  }

  // Someone filed far from the first letters, found by surname.
  const target = everyone.filter((p) => /^[A-Za-z]{3,}$/.test(p.name.split(' ').at(-1)!) && p.name.includes(' ')).at(-1)!;
  const surname = target.name.split(' ').at(-1)!;
  await page.getByLabel('Filter by name').fill(surname);
  await expect(page.getByRole('link', { name: target.name, exact: true })).toBeVisible();
  expect(data.paths().some((p) => p.startsWith('/data/people-index/find-'))).toBe(true);
  expect(data.paths()).not.toContain('/data/people.json');
});

test('/topics opens on each kind’s biggest topics; a kind’s full list pages A–Z', async ({ page }) => {
  const data = recordData(page);
  const state = await embeddedState(page, '/topics');
  expect(state.bytes, 'the embedded index is small').toBeLessThan(40_000);
  await page.goto('/topics');
  await appHasTakenOver(page);
  const all = page.getByRole('link', { name: /^All [\d,]+ organisations, A–Z$/ });
  await expect(all).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(state.bytes > 0 || data.paths().includes('/data/topics-index.json'), 'the index came embedded or as its own file').toBe(true);
  expect(data.paths()).not.toContain('/data/topics.json');
  for (const file of await data.sized()) expect(file.bytes, `${file.path} is small`).toBeLessThan(40_000);
  await all.click();
  await expect(page).toHaveURL(/\/topics\?kind=organisation$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  const names = (await page.locator('.topic-chip').evaluateAll((chips) => chips.map((c) => c.firstChild!.textContent!.trim()))).map(foldName);
  expect(names.length).toBeGreaterThan(0);
  expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});
