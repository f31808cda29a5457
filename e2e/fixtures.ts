/**
 * Shared end-to-end fixtures. Every test gets a page that fails the test on console errors, page
 * errors, or any request that leaves the site's own origin.
 */
import { test as base, expect, type BrowserContext, type Locator, type Page, type Route } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { ArticleSummary, Person } from '../src/content/schema';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const test = base.extend<{ watched: { errors: string[]; foreign: string[] } }>({
  watched: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
      });
      await use({ errors, foreign });
      expect(foreign, 'requests to other origins').toEqual([]);
      // Tests that provoke a failure on purpose (a 404 fetch) clear the list themselves.
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectAxeClean(page: Page, context?: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(summary, `axe violations${context ? ` on ${context}` : ''}`).toEqual([]);
}

/** Reads the built data through the site itself, so tests never hard-code ids. */
export async function catalog(page: Page): Promise<ArticleSummary[]> {
  const response = await page.request.get('/data/catalog.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as ArticleSummary[];
}

export async function people(page: Page): Promise<Person[]> {
  const response = await page.request.get('/data/people.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Person[];
}

/**
 * The data a pre-rendered page carries for its first render (`<script type="application/json"
 * id="verbatim-state">`), as served: the app hydrates from it without a request, so tests of "what the
 * first visit reads" check this block's size next to the files fetched.
 */
export async function embeddedState(page: Page, path: string): Promise<{ bytes: number; json: string }> {
  const response = await page.request.get(path);
  expect(response.ok(), path).toBe(true);
  const json = /<script type="application\/json" id="verbatim-state"[^>]*>([^<]*)<\/script>/.exec(await response.text())?.[1] ?? '';
  return { bytes: Buffer.byteLength(json), json };
}

/** The app has taken over the pre-rendered page and nothing is loading. */
export async function appIsReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/**
 * Uses a pre-rendered control before the app has loaded, then lets the app load: the app's scripts are
 * held back until `act` is done, so the order is decided by the test, not by a race.
 */
export async function beforeTheAppLoads(page: Page, path: string, control: Locator, act: () => Promise<void>): Promise<void> {
  const held: Route[] = [];
  let released = false;
  await page.route('**/assets/*.js', (route) => (released ? route.continue() : void held.push(route)));
  // Module scripts hold back DOMContentLoaded, so wait for the pre-rendered control itself.
  await page.goto(path, { waitUntil: 'commit' });
  await expect(control).toBeVisible();
  await act();
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
  released = true;
  for (const route of held.splice(0)) await route.continue();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/** Types into a pre-rendered text box before the app has loaded (see beforeTheAppLoads). */
export async function typeBeforeTheAppLoads(page: Page, path: string, box: Locator, text: string): Promise<void> {
  await beforeTheAppLoads(page, path, box, () => box.pressSequentially(text));
}

/**
 * Offline again for the page now open. Chromium 150 applies Playwright's offline emulation to requests but
 * not to a new document's `navigator.onLine`, which reads true until the state changes (a real loss of
 * network reads false from the start). Turning the emulation off and on again is that change: the page
 * sees `offline`, as it would on a device with no network. Call it after each navigation made offline.
 */
export async function stayOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
  await context.setOffline(true);
}
