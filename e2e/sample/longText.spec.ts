/**
 * Text the layout did not expect: one word of 24,000 characters must not widen the page beyond the
 * screen, and a right-to-left name must sit in its own bidirectional run. The story's data is replaced
 * on its way to the app with invented text (the bundled sample has none of this).
 */
import type { Article } from '../../src/content/schema';
import { catalog, expect, test } from '../fixtures';

const LONG_WORD = `Brackwater${'quay'.repeat(6000)}`.slice(0, 24_000);
/** An invented name in Arabic script. */
const RTL_NAME = 'داليا نور';

test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });

test('a 24,000-character word in a headline, a paragraph and a name does not widen the page; names are isolated runs', async ({ page }) => {
  const stories = await catalog(page);
  let article: Article | undefined;
  // A story on the home page's first screen, opened from there: a link inside the app fetches its data
  // file, which is replaced here (a story opened directly carries its data in the page).
  for (const story of stories.slice(0, 20)) {
    const candidate = (await (await page.request.get(`/data/articles/${story.id}.json`)).json()) as Article;
    if (candidate.quotes.length >= 2 && candidate.blocks[0]?.type === 'paragraph') {
      article = candidate;
      break;
    }
  }
  expect(article, 'a sample story with two quotes').toBeTruthy();
  const changed: Article = structuredClone(article!);
  changed.headline = `${LONG_WORD} harbour`;
  const first = changed.blocks[0] as { type: 'paragraph'; text: string };
  // Appended after the paragraph's last quote, so every quote keeps its offsets.
  first.text = `${first.text} ${LONG_WORD}`;
  changed.quotes[0]!.speaker = { ...changed.quotes[0]!.speaker, name: LONG_WORD };
  changed.quotes[1]!.speaker = { ...changed.quotes[1]!.speaker, name: RTL_NAME };
  await page.route(`**/data/articles/${article!.id}.json`, (route) => route.fulfill({ json: changed }));

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await page.getByRole('link', { name: article!.headline, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article!.id}$`));
  const headline = page.getByRole('heading', { level: 1 });
  await expect(headline).toContainText(LONG_WORD.slice(0, 40));
  await expect(page.locator('.article-body')).toContainText(LONG_WORD.slice(-40));
  await expect(page.locator('.speaker-tag', { hasText: RTL_NAME }).first()).toBeVisible();

  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.scroll, 'page width with a 24,000-character word').toBeLessThanOrEqual(widths.viewport);

  const bidi = await page.evaluate((name) => {
    const style = (el: Element | null) => (el ? getComputedStyle(el).unicodeBidi : 'missing');
    const tag = [...document.querySelectorAll('.speaker-tag')].find((el) => el.textContent?.includes(name));
    return { quote: style(document.querySelector('.article-body .quote')), name: style(tag ?? null) };
  }, RTL_NAME);
  expect(bidi).toEqual({ quote: 'isolate', name: 'isolate' });
});
