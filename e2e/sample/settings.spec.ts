/** The bundled sample names its own disclaimer in content/site.json: it reaches every page's footer. */
import { catalog, expect, test } from '../fixtures';

test('the sample’s own settings: its disclaimer is in the footer of the pre-rendered pages and of the app', async ({ page, request }) => {
  const story = (await catalog(page))[0]!;
  const html = await (await request.get(`/articles/${story.id}`)).text();
  expect(/<footer class="site-footer">[\s\S]*?<\/footer>/.exec(html)?.[0]).toMatch(/stories are invented/);
  await page.goto(`/articles/${story.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('footer.site-footer')).toContainText('stories are invented');
  await expect(page).toHaveTitle(new RegExp(` — Verbatim$`));
});
