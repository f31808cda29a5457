/**
 * A page module that cannot be downloaded (the site was redeployed under an open tab, so the old chunk
 * name is gone; or the reader is offline on a page type never opened) ends in the error view with Retry,
 * after at most one automatic reload for this build, and is not requested again and again.
 */
import type { Page, Route } from '@playwright/test';
import { catalog, expect, expectAxeClean, test } from '../fixtures';

const ARTICLE_MODULE = /\/assets\/ArticleRoute-[\w-]+\.js$/;

// The service worker answers from its own fetches, past page.route: keep it out of these tests.
test.use({ serviceWorkers: 'block' });

/** Fails every request for the article page's module (as a host does for a chunk of an old build) and counts them. */
async function blockArticleModule(page: Page): Promise<{ count: () => number }> {
  let requests = 0;
  await page.route(ARTICLE_MODULE, (route: Route) => {
    requests += 1;
    return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' });
  });
  return { count: () => requests };
}

/** Drops the browser's own log lines for the failures these tests provoke. */
function forgive(errors: string[]): void {
  errors.splice(0, errors.length, ...errors.filter((e) => !/status of 404|dynamically imported module|PageLoadError|Failed to fetch|MIME type/i.test(e)));
}

test('a missing page module on a direct visit shows the error view, reloading at most once', async ({ page, watched }) => {
  const story = (await catalog(page))[0]!;
  const blocked = await blockArticleModule(page);
  let documents = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documents += 1;
  });
  await page.goto(`/articles/${story.id}`);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText(/could not be loaded/i);
  await expect(alert).toContainText(/reload/i);
  // The site's frame stays, so the reader has a way on.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expectAxeClean(page, 'the page-load error view');
  // One automatic reload (a redeploy is fixed by fetching the new build), then no more.
  expect(documents, 'page loads').toBe(2);
  const seen = blocked.count();
  expect(seen, 'requests for the missing module').toBeLessThanOrEqual(2 * documents);

  // Retry loads the page once more (a browser keeps a failed import() failed for the life of a document),
  // and the error view comes back with no request storm and no second automatic reload.
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => documents).toBe(3);
  await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const afterRetry = blocked.count();
  expect(afterRetry - seen, 'requests after Retry').toBeGreaterThanOrEqual(1);
  expect(afterRetry - seen, 'requests after Retry').toBeLessThanOrEqual(2);
  expect(documents, 'page loads after Retry').toBe(3);

  // Once the module is there again, Retry opens the story.
  await page.unroute(ARTICLE_MODULE);
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: story.headline })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  forgive(watched.errors);
});

test('a missing page module on a link inside the app shows the error view, not an endless wait', async ({ page, watched }) => {
  const story = (await catalog(page))[0]!;
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  const blocked = await blockArticleModule(page);
  await page.getByRole('link', { name: story.headline, exact: true }).first().click();
  await expect(page).toHaveURL(`/articles/${story.id}`);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText(/could not be loaded/i);
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // The first try, and the one after the automatic reload of the page.
  expect(blocked.count(), 'requests for the missing module').toBeLessThanOrEqual(2);
  forgive(watched.errors);
});
