/**
 * Faults show proper states: a failed or corrupt data file gives an error with Retry (never a blank
 * page), an unknown id a 404 with search, a slow network a skeleton without layout jumps, and stories
 * already read open offline through the service worker.
 */
import type { Page } from '@playwright/test';
import { catalog, expect, stayOffline, test } from '../fixtures';

const ARTICLE_DATA = '**/data/articles/*.json';

/** Drops the browser's own log lines for failures a test provokes on purpose. */
function forgive(errors: string[], pattern: RegExp): void {
  errors.splice(0, errors.length, ...errors.filter((e) => !pattern.test(e)));
}

/** Waits until the app has taken over the pre-rendered page (hydrated it, or drawn its own). */
async function appHasTakenOver(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/**
 * Opens a story the way a reader reaches it inside the app: from the home page's list. A story opened
 * directly carries its data in the page (nothing to fetch, nothing to fail); a link inside the app
 * fetches its data file.
 */
async function openFromHome(page: Page, story: { id: string; headline: string }): Promise<void> {
  await page.goto('/');
  await appHasTakenOver(page);
  await page.getByRole('link', { name: story.headline, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${story.id}$`));
}

test.describe('faults in the data', () => {
// The service worker takes control mid-test and answers from the network itself, past page.route: keep
// it out of the tests that fake the network (the offline test below needs it and allows it).
test.use({ serviceWorkers: 'block' });

test('a data file that fails shows an error with Retry, and Retry loads the story', async ({ page, watched }) => {
  const story = (await catalog(page))[0]!;
  await page.route(ARTICLE_DATA, (route) => route.fulfill({ status: 500, body: 'server error' }));
  await openFromHome(page, story);
  const alert = page.getByRole('alert');
  // react-query retries twice (about 3 s) before giving up.
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText(/could not be loaded/i);
  await expect(alert).toContainText('HTTP 500');
  // Once no attempt is under way (the button reads "Retrying…" while one is), the server recovers.
  const retry = alert.getByRole('button', { name: 'Retry', exact: true });
  await expect(retry).toBeVisible({ timeout: 15_000 });
  await page.unroute(ARTICLE_DATA);
  await retry.click();
  await expect(page.getByRole('heading', { level: 1, name: story.headline })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  forgive(watched.errors, /status of 500/);
});

test('a corrupt data file shows an error state, not a blank page', async ({ page }) => {
  const story = (await catalog(page))[0]!;
  await page.route(ARTICLE_DATA, (route) => route.fulfill({ body: '{not json', contentType: 'application/json' }));
  await openFromHome(page, story);
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toContainText(/could not be read/i);
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  // The frame stays: the reader can still go somewhere else.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('an unknown article id shows a 404 that offers search, and the search works', async ({ page, watched }) => {
  const story = (await catalog(page))[0]!;
  await page.goto('/articles/no-such-story-000000');
  await appHasTakenOver(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  const search = page.getByRole('search');
  await expect(search).toBeVisible();
  await expect(page.getByRole('link', { name: /search/i }).last()).toBeVisible();
  // Search for a word from a real headline, read at run time.
  const word = story.headline.split(/\s+/).find((w) => w.length > 4)!.replace(/\W/g, '');
  await search.getByRole('searchbox').fill(word);
  await search.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  await expect(page.getByRole('link', { name: story.headline })).toBeVisible();
  forgive(watched.errors, /404|Not Found/i);
});

test('a slow network shows the skeleton, and nothing jumps when the story arrives', async ({ page }) => {
  const stories = await catalog(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[]; __flushShifts: () => void };
    w.__cls = 0;
    w.__shifts = [];
    const add = (entries: PerformanceEntryList) => {
      for (const entry of entries as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        w.__shifts.push(`${entry.value.toFixed(3)} ${(entry.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? s.node?.nodeName).join(',')}`);
      }
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // Shifts already recorded but not yet delivered to the callback.
    w.__flushShifts = () => add(observer.takeRecords());
  });
  // A slow network, made exact: data requests wait until the test lets them through, so each state
  // (pre-rendered page, skeleton) is seen for certain instead of within a guessed delay.
  let letThrough = () => {};
  let open = Promise.resolve();
  const holdData = () => {
    open = new Promise<void>((resolve) => (letThrough = resolve));
  };
  await page.route('**/data/**', async (route) => {
    await open;
    await route.continue();
  });
  holdData();

  // A direct load: the app hydrates the pre-rendered page from the data embedded in it, without a
  // skeleton in between and without moving the headline.
  const first = stories[0]!;
  await page.addInitScript(() => {
    const w = window as unknown as { __sawSkeleton: boolean };
    w.__sawSkeleton = false;
    new MutationObserver(() => {
      if (document.querySelector('[aria-busy="true"]')) w.__sawSkeleton = true;
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`/articles/${first.id}`);
  await expect(page.locator('#verbatim-state')).toHaveCount(1);
  const headlineTop = () => page.getByRole('heading', { level: 1, name: first.headline }).evaluate((h) => h.getBoundingClientRect().top);
  const staticTop = await headlineTop();
  letThrough();
  await appHasTakenOver(page);
  await expect(page.locator('.article p').first()).toBeVisible();
  expect(Math.abs((await headlineTop()) - staticTop), 'headline moved when the app took over').toBeLessThan(2);
  expect(await page.evaluate(() => (window as unknown as { __sawSkeleton: boolean }).__sawSkeleton), 'skeleton over the pre-rendered page').toBe(false);

  // A move inside the app: the skeleton holds the space until the next story arrives.
  const next = stories.find((s) => s.id !== first.id)!;
  await page.goto('/');
  await appHasTakenOver(page);
  holdData();
  await page.getByRole('link', { name: next.headline, exact: true }).click();
  await expect(page.locator('[aria-busy="true"]')).toBeVisible();
  letThrough();
  await expect(page.getByRole('heading', { level: 1, name: next.headline })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // Two frames: the story's layout is done and any shift it caused recorded; then collect them all.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const { cls, shifts } = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[]; __flushShifts: () => void };
    w.__flushShifts();
    return { cls: w.__cls, shifts: w.__shifts };
  });
  expect(cls, `layout shift (${shifts.join('; ')})`).toBeLessThan(0.1);
});

});

test('stories already read open offline, the app says it is offline, others show an error', async ({ page, context, watched }) => {
  const [read, unread] = await catalog(page);
  await page.goto(`/articles/${read!.id}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit installs the worker; a reload goes through it and fills its cache.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: read!.headline })).toBeVisible();
  await appHasTakenOver(page);

  await context.setOffline(true);
  await page.reload();
  await appHasTakenOver(page);
  await stayOffline(context);
  await expect(page.getByRole('heading', { level: 1, name: read!.headline })).toBeVisible();
  await expect(page.locator('.article p').first()).toBeVisible();
  await expect(page.getByText(/you are offline/i)).toBeVisible();

  // A page never visited: the worker answers with the bare app shell (not the home page's stories).
  await page.goto(`/articles/${unread!.id}`, { waitUntil: 'domcontentloaded' });
  expect(await page.locator('#root .story-card').count(), 'pre-rendered home page under an article address').toBe(0);
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toContainText(/connection/i);
  await stayOffline(context);
  await expect(page.getByText(/you are offline/i)).toBeVisible();
  await context.setOffline(false);
  forgive(watched.errors, /ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/i);
});
