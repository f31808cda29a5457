/**
 * Accessibility as reliability: axe clean on every page type in both colour schemes, a keyboard-only
 * reading journey, visible focus, reduced motion honoured, and nothing lost at 200% text size.
 * Every id comes from the built data at run time.
 */
import type { Browser, Page } from '@playwright/test';
import { letterKey, letterOf } from '../../src/content/names';
import type { Article, Topic } from '../../src/content/schema';
import { catalog, expect, expectAxeClean, people, test } from '../fixtures';

async function article(page: Page, id: string): Promise<Article> {
  return (await (await page.request.get(`/data/articles/${id}.json`)).json()) as Article;
}

/** A story with at least `quotes` quotes, one of them by a person with a page. */
async function quotedStory(page: Page, quotes: number): Promise<Article> {
  for (const story of await catalog(page)) {
    const full = await article(page, story.id);
    if (full.quotes.length >= quotes && full.quotes.some((q) => q.speaker.personId)) return full;
  }
  throw new Error(`no sample story has ${quotes} quotes`);
}

/** The app has taken over the pre-rendered HTML and finished loading. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function pageTypes(page: Page): Promise<Array<[string, string]>> {
  const story = await quotedStory(page, 1);
  const person = (await people(page)).find((p) => p.quoteCount > 0)!;
  const topics = (await (await page.request.get('/data/topics.json')).json()) as Topic[];
  const word = story.headline.split(/\s+/).find((w) => w.length > 4)!.replace(/\W/g, '');
  return [
    ['list', '/'],
    ['filtered list', `/?person=${person.id}`],
    ['article', `/articles/${story.id}`],
    ['article with a marked quote', `/articles/${story.id}#q1`],
    ['people', '/people'],
    ['people under one letter', `/people?letter=${letterKey(letterOf(person.name))}`],
    ['person', `/people/${person.id}`],
    ['topics', '/topics'],
    ['topics of one kind', `/topics?kind=${topics[0]!.kind}`],
    ['topic', `/topics/${topics[0]!.id}`],
    ['search', `/search?q=${encodeURIComponent(word)}`],
    ['404', '/no/such/page'],
  ];
}

/** The page types axe checks; one test each, so a slow machine never runs twelve page loads in one timeout. */
const PAGE_KINDS = [
  'list',
  'filtered list',
  'article',
  'article with a marked quote',
  'people',
  'people under one letter',
  'person',
  'topics',
  'topics of one kind',
  'topic',
  'search',
  '404',
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const kind of PAGE_KINDS) {
    test(`axe finds nothing on the ${kind} page (${colorScheme})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ colorScheme, baseURL, serviceWorkers: 'block' });
      const page = await context.newPage();
      const path = new Map(await pageTypes(page)).get(kind);
      expect(path, `a path for ${kind}`).toBeTruthy();
      await page.goto(path!);
      await settled(page);
      await expectAxeClean(page, `${kind} (${colorScheme})`);
      await context.close();
    });
  }
}

/** Presses Tab until the focused element matches `selector` (and holds `text`); fails after `max` presses. */
async function tabTo(page: Page, selector: string, text = '', max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      ([s, t]) => (document.activeElement?.matches(s!) ?? false) && (document.activeElement?.textContent ?? '').includes(t!),
      [selector, text],
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector} ${text}`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', text: el?.textContent?.trim() ?? '', href: el?.getAttribute('href') ?? '', className: el?.className ?? '' };
  });

test('keyboard only: skip link → filter → story → speaker → their stories → quote → back', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await settled(page);

  await page.keyboard.press('Tab');
  expect((await focused(page)).text).toBe('Skip to main content');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  expect((await focused(page)).id).toBe('main');

  // The list's filter panel, by keyboard: open it, move through a radio group with an arrow key.
  await tabTo(page, 'button', 'Filter stories');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Filter stories' })).toBeVisible();
  await tabTo(page, 'input[type="radio"]');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?section=/);
  await settled(page);

  // On to the first story in the filtered list.
  await tabTo(page, 'main a[href^="/articles/"]', '', 120);
  const story = await focused(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${story.href}$`));
  // The address changes at once; the story replaces the list once its page module is in.
  await expect(page.getByRole('heading', { level: 1, name: story.text })).toBeVisible();
  await settled(page);
  expect((await focused(page)).id, 'focus moves to the new page').toBe('main');

  // The person filter, from the speaker's page: "show their stories in the list".
  // Past the story's quotes (each a link to itself) to a quoted person's page in "People in this story".
  await tabTo(page, '.people-in-story__name', '', 120);
  const speaker = await focused(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${speaker.href}$`));
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(speaker.text);
  const personUrl = page.url();

  await tabTo(page, 'main a[href^="/?person="]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?person=/);
  await settled(page);
  await expect(page.locator('main a[href^="/articles/"]').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(personUrl);
  await settled(page);

  await page.locator('#main').focus();
  await tabTo(page, 'a.quote-link');
  const quoteLink = await focused(page);
  const quoteId = quoteLink.href.split('#')[1]!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${quoteLink.href}$`));
  const marked = page.locator(`[id="${quoteId}"]`);
  await expect(marked).toHaveClass(/is-marked/);
  await expect(marked).toBeFocused();
  await expect(marked).toBeInViewport();

  await page.goBack();
  await expect(page).toHaveURL(personUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(speaker.text);
});

test('every element reached by Tab shows a visible focus indicator', async ({ page }) => {
  const story = await quotedStory(page, 1);
  await page.goto(`/articles/${story.id}`);
  await settled(page);
  const seen: string[] = [];
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return {
        what: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${el.textContent?.trim().slice(0, 30)}"`,
        visible: el.matches(':focus-visible'),
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
        shadow: s.boxShadow !== 'none',
      };
    });
    expect(style.visible, style.what).toBe(true);
    expect(style.outline || style.shadow, `focus indicator on ${style.what}`).toBe(true);
    seen.push(style.what);
  }
  // The walk covered the frame and the story: skip link, navigation and links in the text.
  expect(seen.join('\n')).toMatch(/Skip to main content/);
  expect(seen.join('\n')).toMatch(/"People"/);
});

async function openQuote(browser: Browser, baseURL: string, reducedMotion: 'reduce' | 'no-preference', path: string) {
  const context = await browser.newContext({ baseURL, reducedMotion, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.locator('.quote.is-marked')).toBeVisible();
  const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  await context.close();
  return behaviour;
}

test('reduced motion: opening a quote link jumps instead of smooth-scrolling', async ({ page, browser, baseURL }) => {
  const story = await quotedStory(page, 3);
  const path = `/articles/${story.id}#q3`;
  expect(await openQuote(browser, baseURL!, 'reduce', path)).toBe('auto');
  // The same page without the preference does animate: the check above can fail.
  expect(await openQuote(browser, baseURL!, 'no-preference', path)).toBe('smooth');
});

for (const width of [1280, 320]) {
  test(`200% text at ${width}px wide: no sideways scrolling, headline, text and navigation all visible`, async ({ page }) => {
    const story = await quotedStory(page, 1);
    const speaker = story.quotes.find((q) => q.speaker.personId)!.speaker.personId!;
    await page.setViewportSize({ width, height: 800 });
    const word = story.headline.split(/\s+/).find((w) => w.length > 4)!.replace(/\W/g, '');
    for (const path of ['/', `/articles/${story.id}`, `/people/${speaker}`, `/search?q=${encodeURIComponent(word)}`]) {
      await page.goto(path);
      await settled(page);
      await page.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
      const layout = await page.evaluate(() => {
        const root = document.documentElement;
        const inside = (el: Element | null) => {
          if (!el) return 'missing';
          const r = el.getBoundingClientRect();
          return r.left >= -1 && r.right <= root.clientWidth + 1 ? 'ok' : `${Math.round(r.left)}..${Math.round(r.right)} of ${root.clientWidth}`;
        };
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`);
        return {
          overflow: root.scrollWidth - root.clientWidth,
          wide,
          headline: inside(document.querySelector('h1')),
          paragraph: inside(document.querySelector('main p')),
          nav: [...document.querySelectorAll('nav[aria-label="Main"] a')].map(inside),
        };
      });
      expect(layout.overflow, `${path}: page scrolls sideways (${layout.wide.join(', ')})`).toBeLessThanOrEqual(1);
      expect(layout.headline, `${path}: headline`).toBe('ok');
      expect(layout.paragraph, `${path}: first paragraph`).toBe('ok');
      expect(layout.nav, `${path}: navigation`).toEqual(layout.nav.map(() => 'ok'));
    }
  });
}

