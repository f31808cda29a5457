/**
 * A collection without a site.json (the real corpus) gets the neutral defaults: no page of its build says
 * its stories are invented, as the bundled sample's own settings do.
 */
import { catalog, expect, test } from '../fixtures';

const SAMPLE_DISCLAIMER = /invented|fictional/i;

test('no pre-rendered page or app footer of the corpus build carries the sample’s disclaimer', async ({ page, request }) => {
  const story = (await catalog(page))[0]!;
  for (const path of ['/', `/articles/${story.id}`, '/people', '/topics', '/search']) {
    const html = await (await request.get(path)).text();
    const footer = /<footer class="site-footer">[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';
    expect(footer, `${path}: pre-rendered footer`).toContain('site-footer__inner');
    expect(footer, `${path}: pre-rendered footer`).not.toMatch(SAMPLE_DISCLAIMER);
    // The settings the app reads at start: the defaults, with no footer paragraphs.
    expect(html, `${path}: settings`).toMatch(/<meta name="verbatim-site" content="\{[^>]*&quot;footer&quot;:\[\]\}">/);
  }
  await page.goto(`/articles/${story.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('footer.site-footer')).toBeVisible();
  await expect(page.locator('footer.site-footer')).not.toContainText(SAMPLE_DISCLAIMER);
});
