/** Addresses a browser or a crawler may send that the site has no file for: answered, never a crash. */
import { expect, test } from '../fixtures';

test('a malformed percent-encoding gets a 400 that is not cached, and the server keeps serving', async ({ request }) => {
  for (const bad of ['/articles/%E0%A4%A', '/data/articles/%E0%A4%A.json', '/people/%']) {
    const response = await request.get(bad);
    expect(response.status(), bad).toBe(400);
    expect(response.headers()['cache-control'], bad).toBe('no-store');
  }
  expect((await request.get('/')).status()).toBe(200);
});

test('a missing script or data file is a 404, not the home page', async ({ request }) => {
  for (const missing of ['/assets/ArticleRoute-gone0000.js', '/data/articles/no-such-story.json']) {
    const response = await request.get(missing);
    expect(response.status(), missing).toBe(404);
    expect(response.headers()['content-type'], missing).not.toMatch(/html/);
  }
});
