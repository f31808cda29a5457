/**
 * The service worker's promises (public/sw.js): the first story a reader lands on opens offline
 * afterwards, and nothing but a 200 of the right type is ever stored (an error, or the server's home
 * page answered for a missing file, would otherwise be served as that file from then on).
 */
import type { Page } from '@playwright/test';
import { catalog, expect, stayOffline, test } from '../fixtures';

/** Waits until the worker is active and controls the page. */
async function workerControls(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Whether the worker's cache holds each address (any cache of this origin). */
function cached(page: Page, addresses: string[]): Promise<boolean[]> {
  return page.evaluate((list) => Promise.all(list.map(async (address) => (await caches.match(address, { ignoreVary: true })) !== undefined)), addresses);
}

test('the first story a reader lands on opens offline afterwards', async ({ page, context, watched }) => {
  const story = (await catalog(page))[0]!;
  await page.goto(`/articles/${story.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await workerControls(page);
  // Everything this first visit loaded before the worker was there: the page (which carries its story's
  // data, so no data file is fetched), its scripts and styles.
  const loaded = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && /^\/(assets|data)\//.test(url.pathname) && !url.pathname.startsWith('/data/search/'))
      .map((url) => url.pathname),
  );
  expect(loaded.some((file) => /\/assets\/start-[\w-]+\.js$/.test(file)), 'the app was loaded').toBe(true);
  expect(loaded, 'the story opened from the data in its page').not.toContain(`/data/articles/${story.id}.json`);
  const wanted = [`/articles/${story.id}`, ...loaded];
  await expect.poll(async () => (await cached(page, wanted)).every(Boolean), { message: `cached: ${wanted.join(', ')}` }).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await stayOffline(context);
  await expect(page.getByRole('heading', { level: 1, name: story.headline })).toBeVisible();
  await expect(page.locator('.article p').first()).toBeVisible();
  await expect(page.getByText(/you are offline/i)).toBeVisible();
  await context.setOffline(false);
  watched.errors.splice(0, watched.errors.length, ...watched.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/i.test(e)));
});

test('the worker stores no error and no file of the wrong type', async ({ page, context, watched }) => {
  const [story, other] = await catalog(page);
  await page.goto('/');
  await workerControls(page);
  const articleData = `/data/articles/${story!.id}.json`;
  const otherData = `/data/articles/${other!.id}.json`;
  // The worker's own requests go through the context's routes: one data file fails, one comes back as a web page.
  await context.route(`**${articleData}`, (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'server error' }));
  await context.route(`**${otherData}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>home</title>' }));
  const statuses = await page.evaluate(
    (urls) => Promise.all(urls.map(async (url) => (await fetch(url)).status)),
    // A chunk of a build that is not there: `vite preview` used to answer it with the home page, status 200.
    [articleData, otherData, '/assets/ArticleRoute-gone0000.js', '/assets/index-gone0000.css'],
  );
  expect(statuses).toEqual([500, 200, 404, 404]);
  // Nothing of these is kept; the same page's good files are.
  await expect.poll(() => cached(page, ['/'])).toEqual([true]);
  expect(await cached(page, [articleData, otherData, '/assets/ArticleRoute-gone0000.js', '/assets/index-gone0000.css'])).toEqual([false, false, false, false]);
  // A good answer for the same address afterwards is kept.
  await context.unroute(`**${articleData}`);
  expect(await page.evaluate(async (url) => (await fetch(url)).status, articleData)).toBe(200);
  await expect.poll(() => cached(page, [articleData])).toEqual([true]);
  watched.errors.splice(0, watched.errors.length, ...watched.errors.filter((e) => !/status of (500|404)/.test(e)));
});

test('offline, a page type never opened shows the error view at once, not a blank page or a request loop', async ({ page, context, watched }) => {
  const story = (await catalog(page))[0]!;
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await workerControls(page);
  let moduleRequests = 0;
  page.on('request', (request) => {
    if (/\/assets\/ArticleRoute-[\w-]+\.js$/.test(request.url())) moduleRequests += 1;
  });
  await context.setOffline(true);
  // The article page's code was never downloaded: the list is all this reader has opened.
  await page.getByRole('link', { name: story.headline, exact: true }).first().click();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText(/could not be loaded/i);
  await expect(alert).toContainText(/offline/i);
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(moduleRequests, 'requests for the page module').toBeLessThanOrEqual(1);

  // Back online, Retry opens the story.
  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: story.headline })).toBeVisible();
  watched.errors.splice(0, watched.errors.length, ...watched.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource|PageLoadError|dynamically imported module/i.test(e)));
});
