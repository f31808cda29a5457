/**
 * The JavaScript a first visit downloads, counted as `npm run bench` counts it (scripts/bench/browser.ts:
 * every script response's body gzipped at level 6, KB = 1,000 bytes), on each kind of page, in a fresh
 * browser context, until the app has hydrated and the network is idle — so every chunk the page needs to
 * hydrate is counted, lazy ones included. A size, not a time: it fails when a change puts code back on
 * every first visit (docs/performance.md, "JS on first visit").
 *
 * The budget is issue 13's target: 100 KB on every route. The largest today are the list (`/`) and
 * `/search`, at about 99 KB (docs/performance.md).
 */
import { gzipSync } from 'node:zlib';
import type { Topic } from '../../src/content/schema';
import { appIsReady, catalog, expect, people, test } from '../fixtures';

const BUDGET_KB = 100;

test('no page sends more than the JavaScript budget on a first visit', async ({ browser, page }) => {
  const article = (await catalog(page))[0]!;
  const person = [...(await people(page))].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
  const topics = (await (await page.request.get('/data/topics.json')).json()) as Topic[];
  const topic = [...topics].sort((a, b) => b.articles.length - a.articles.length)[0]!;
  const paths = ['/', `/articles/${article.id}`, '/people', `/people/${person.id}`, `/topics/${topic.id}`, '/search'];

  const sizes: Record<string, number> = {};
  for (const path of paths) {
    const context = await browser.newContext();
    const visit = await context.newPage();
    const bodies: Array<Promise<number>> = [];
    visit.on('response', (response) => {
      if (!/javascript/.test(response.headers()['content-type'] ?? '')) return;
      bodies.push(response.body().then((body) => gzipSync(body, { level: 6 }).length));
    });
    await visit.goto(path);
    await appIsReady(visit);
    await visit.waitForLoadState('networkidle');
    sizes[path] = Math.round((await Promise.all(bodies)).reduce((a, b) => a + b, 0) / 100) / 10;
    await context.close();
  }
  // Every page loads the app (React alone is over 60 KB): a figure far below means nothing was counted.
  for (const path of paths) expect(sizes[path], path).toBeGreaterThan(60);
  const over = Object.entries(sizes).filter(([, kb]) => kb > BUDGET_KB);
  expect(over, `first-visit JS by page (KB gzip): ${JSON.stringify(sizes)}`).toEqual([]);
});
