import { catalog, expect, expectAxeClean, test } from '../fixtures';

test('home lists the collection newest first and opens a story', async ({ page }) => {
  const stories = await catalog(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const first = stories[0]!;
  const firstLink = page.getByRole('link', { name: first.headline, exact: true });
  await expect(firstLink).toBeVisible();
  const dated = stories.filter((s) => s.updated).map((s) => s.updated!);
  expect(dated).toEqual([...dated].sort().reverse());
  await firstLink.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${first.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: first.headline })).toBeVisible();
});

test('a deep link to an article opens directly, with update line, landmarks and related stories', async ({ page }) => {
  const stories = await catalog(page);
  const dated = stories.find((s) => s.updated)!;
  await page.goto(`/articles/${dated.id}`);
  await expect(page.getByRole('heading', { level: 1, name: dated.headline })).toBeVisible();
  await expect(page.locator('time').first()).toHaveText(/^\d\d:\d\d (GMT|BST), \w+day \d{1,2} \w+ \d{4}$/);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(/invented/i);
  await expect(page).toHaveTitle(new RegExp(dated.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('list → article → related story in the collection', async ({ page, request }) => {
  const stories = await catalog(page);
  let from: { id: string; headline: string } | undefined;
  let to: { id: string; title: string } | undefined;
  for (const story of stories) {
    const article = await (await request.get(`/data/articles/${story.id}.json`)).json();
    const linked = article.related.find((r: { id: string | null }) => r.id);
    if (linked) {
      from = story;
      to = linked;
      break;
    }
  }
  expect(from, 'some sample story links to another').toBeTruthy();
  await page.goto('/');
  await page.getByRole('link', { name: from!.headline, exact: true }).click();
  const related = page.getByRole('complementary', { name: 'Related stories' });
  await related.getByRole('link', { name: to!.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${to!.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('unknown routes and unknown article ids show a 404 page', async ({ page, watched }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  await expect(page.getByRole('link', { name: /stories|home/i }).first()).toBeVisible();
  await page.goto('/articles/no-such-story-000000');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  // The failed data fetch is logged by the browser itself; that one is expected.
  watched.errors.splice(0, watched.errors.length, ...watched.errors.filter((e) => !/404|Not Found/i.test(e)));
});

test('print view shows the article only', async ({ page }) => {
  const stories = await catalog(page);
  await page.goto(`/articles/${stories[0]!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.article-sidebar')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share this story' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
});

test('dark colour scheme is honoured and stays axe clean', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', baseURL });
  const page = await context.newPage();
  const stories = await catalog(page);
  await page.goto(`/articles/${stories[0]!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!, `dark background, got ${background}`).toBeLessThan(200);
  await expectAxeClean(page, 'article (dark)');
  await context.close();
});

// One test per page, so a slow machine never has to fit four page loads and axe runs in one timeout.
for (const kind of ['list', 'article', 'people', '404'] as const) {
  test(`axe finds no violations on the ${kind} page`, async ({ page, watched }) => {
    const stories = await catalog(page);
    const path = { list: '/', article: `/articles/${stories[0]!.id}`, people: '/people', '404': '/no-such-page' }[kind];
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAxeClean(page, path);
    watched.errors.length = 0;
  });
}
