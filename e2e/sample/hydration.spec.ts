/**
 * One markup source: every built page is pre-rendered by the app's own components, and the browser
 * hydrates it. If the two renders differ, React reports a hydration error (console, failing the test
 * through the fixtures) and redraws; these tests also compare the served `#root` with the DOM after
 * hydration, so a silent difference fails too.
 */
import type { Page } from '@playwright/test';
import type { Topic } from '../../src/content/schema';
import { catalog, expect, people, test } from '../fixtures';

/** `#root`'s markup with comments dropped (React's text separators and Suspense markers), attributes sorted. */
function normalisedRoot(page: Page, html?: string): Promise<string> {
  return page.evaluate((source) => {
    const doc = source === undefined ? document : new DOMParser().parseFromString(source, 'text/html');
    const root = doc.getElementById('root')!.cloneNode(true) as HTMLElement;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const comment of comments) comment.parentNode!.removeChild(comment);
    // <noscript> holds markup for readers without scripting (SortWithoutScript): a parser with scripting on
    // keeps it as text, DOMParser (scripting off) as elements, and React never hydrates it. Compare the rest.
    root.querySelectorAll('noscript').forEach((element) => element.replaceChildren());
    root.normalize();
    // A server render marks the chosen <option> with the `selected` attribute; the client sets the
    // property only. Compare which option is chosen, not how it was written.
    const originals = [...(doc.getElementById('root')!.querySelectorAll('option'))];
    root.querySelectorAll('option').forEach((option, i) => {
      option.removeAttribute('selected');
      option.setAttribute('data-chosen', String(originals[i]!.selected));
    });
    // React's client sets some attributes (an input's type) in its own order: compare them sorted.
    for (const element of [root, ...root.querySelectorAll('*')]) {
      const attributes = [...element.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => a.localeCompare(b));
      for (const [name] of attributes) element.removeAttribute(name);
      for (const [name, value] of attributes) element.setAttribute(name, value);
    }
    // useId's ids are spelled differently by a server render and a client-only render.
    return root.innerHTML.replace(/_[rR]_[A-Za-z0-9]*_/g, '_id_');
  }, html);
}

/** What React reported while hydrating (start.tsx records it); undefined when the page was drawn afresh. */
const hydrationErrors = (page: Page) => page.evaluate(() => (window as { __verbatimHydrationErrors?: string[] }).__verbatimHydrationErrors);

async function expectHydratedAsServed(page: Page, path: string, errors: string[], servedFile = path): Promise<void> {
  const response = await page.request.get(servedFile);
  expect(response.ok(), servedFile).toBe(true);
  const served = await response.text();
  expect(served, `${path} carries its data`).toContain('id="verbatim-state"');
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // Hydrated (not drawn afresh), with nothing React had to redraw, and nothing logged.
  expect(await hydrationErrors(page), `${path}: hydration errors`).toEqual([]);
  // At an unknown address the server answers 404.html with status 404, which Chromium logs for the document.
  if (servedFile !== path) errors.splice(0, errors.length, ...errors.filter((e) => !/status of 404/.test(e)));
  expect(errors, `${path}: console errors`).toEqual([]);
  const expected = await normalisedRoot(page, served);
  expect(expected.length, `${path}: pre-rendered content`).toBeGreaterThan(500);
  expect(await normalisedRoot(page), `${path}: DOM after hydration`).toBe(expected);

  // Production React keeps the server's attributes where they differ, silently: so also draw the page
  // in the browser alone (the same HTML with an empty root) and compare that with the served markup.
  await page.route(`**${path}`, (route) =>
    route.fulfill({ response, body: served.replace(/<div id="root">[\s\S]*?<\/div><!--\/prerender-->/, () => '<div id="root"></div>') }),
  );
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await hydrationErrors(page), `${path}: drawn afresh, not hydrated`).toBeUndefined();
  expect(await normalisedRoot(page), `${path}: drawn by the browser alone`).toBe(expected);
  await page.unroute(`**${path}`);
  if (servedFile !== path) errors.splice(0, errors.length, ...errors.filter((e) => !/status of 404/.test(e)));
}

// The service worker would answer later loads itself; these tests read what the server sends.
test.use({ serviceWorkers: 'block' });

test('every kind of page hydrates exactly as pre-rendered: home, article, person, people, topic, topics, search, 404', async ({ page, watched }) => {
  const stories = await catalog(page);
  const quoted = [...stories].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  expect(quoted.quoteCount, 'a sample story with quotes').toBeGreaterThan(0);
  const person = [...(await people(page))].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  const topics = (await (await page.request.get('/data/topics.json')).json()) as Topic[];
  const paths = ['/', `/articles/${quoted.id}`, `/people/${person.id}`, '/people', `/topics/${topics[0]!.id}`, '/topics', '/search'];
  for (const path of paths) await expectHydratedAsServed(page, path, watched.errors);
  // Any address no page answers is served 404.html, which is hydrated there.
  await expectHydratedAsServed(page, '/no-such-page', watched.errors, '/404.html');
});

test('a quote link in the address still hydrates without a mismatch', async ({ page, watched }) => {
  const quoted = [...(await catalog(page))].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  await page.goto(`/articles/${quoted.id}#q1`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  // The server never sees the hash: the page hydrates unmarked, then the quote is marked and focused.
  await expect(page.locator('#q1')).toHaveClass(/is-marked/);
  await expect(page.locator('#q1')).toBeFocused();
  expect(await hydrationErrors(page)).toEqual([]);
  expect(watched.errors).toEqual([]);
});

test('a button pressed before the app has hydrated the page is pressed once it has', async ({ page }) => {
  // The app's script is held back, so the press certainly lands on the pre-rendered page.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/start-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Filter stories' });
  await toggle.click();
  expect(await page.locator('html').getAttribute('data-app'), 'pressed before the app was there').toBeNull();
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('button', { name: 'Hide filters' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Filter stories' })).toBeVisible();
  expect(await hydrationErrors(page)).toEqual([]);
});
