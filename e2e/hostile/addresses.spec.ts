/** The plain static server (scripts/static-server.mjs): odd addresses are answered, errors never cached. */
import { expect, test } from '../fixtures';

test('a malformed percent-encoding gets a 400, a missing asset a 404 that is not cached', async ({ request }) => {
  const bad = await request.get('/articles/%E0%A4%A');
  expect(bad.status()).toBe(400);
  expect(bad.headers()['cache-control']).toBe('no-store');
  const missing = await request.get('/assets/ArticleRoute-gone0000.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBe('no-store');
  expect((await request.get('/')).status()).toBe(200);
});
