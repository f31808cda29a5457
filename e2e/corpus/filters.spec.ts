/**
 * The list filters on the real corpus (../shared/corpus, about 2,000 stories), checked against the built data
 * read at run time, and the first visit to `/` reading only small files.
 */
import type { Topic } from '../../src/content/schema';
import { appIsReady, catalog, embeddedState, expect, test } from '../fixtures';

const storiesWord = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'story' : 'stories'}`;

test('the first visit to / reads one small list page: no catalog, people, topics or filter columns', async ({ page }) => {
  const data: Array<{ url: string; bytes: number }> = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/data/')) return;
    data.push({ url: url.pathname, bytes: (await response.body().catch(() => Buffer.alloc(0))).length });
  });
  // The first list page comes embedded in the pre-rendered HTML (or, failing that, as its own small file).
  const state = await embeddedState(page, '/');
  expect(state.bytes, 'the embedded first page is small').toBeLessThan(40_000);
  await page.goto('/');
  await appIsReady(page);
  await expect(page.locator('.page-header__count')).toHaveText(/^Showing 1–20 of /);
  await page.waitForLoadState('networkidle');
  const paths = data.map((d) => d.url);
  expect(state.bytes > 0 || paths.includes('/data/list/page-1.json'), 'the first page came embedded or as page-1.json').toBe(true);
  for (const whole of ['/data/catalog.json', '/data/people.json', '/data/topics.json', '/data/list/facets.json']) {
    expect(paths, `${whole} is not read on /`).not.toContain(whole);
  }
  for (const file of data) expect(file.bytes, `${file.url} is small`).toBeLessThan(40_000);
});

test('filtering by a section and a topic shows as many stories as the data holds', async ({ page }) => {
  const stories = await catalog(page);
  const topics = (await (await page.request.get('/data/topics.json')).json()) as Topic[];
  const topicNames = new Map(topics.map((t) => [t.id, t.name]));
  const bySection = new Map<string, number>();
  for (const s of stories) if (s.section) bySection.set(s.section, (bySection.get(s.section) ?? 0) + 1);
  const [section, sectionCount] = [...bySection].sort((a, b) => b[1] - a[1])[0]!;
  const inSection = stories.filter((s) => s.section === section);
  const topicCounts = new Map<string, number>();
  for (const s of inSection) for (const t of new Set(s.topics)) topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1);
  // A topic that narrows the section (not the section's own topic), with its count from the data.
  const [topicId, both] = [...topicCounts].filter(([, n]) => n < sectionCount).sort((a, b) => b[1] - a[1])[0]!;
  const topicName = topicNames.get(topicId)!;

  await page.goto('/');
  await page.getByRole('button', { name: 'Filter stories' }).click();
  const panel = page.getByRole('region', { name: 'Filter stories' });
  const sectionRadio = panel.getByRole('radio', { name: `${section}, ${storiesWord(sectionCount)}`, exact: true });
  // A click, then wait: the URL change commits in a transition, so the radio settles a beat later.
  await sectionRadio.click();
  await expect(sectionRadio).toBeChecked();
  await expect(page.locator('.page-header__count')).toHaveText(new RegExp(` of ${sectionCount.toLocaleString('en-GB')} stories$`));
  await panel.getByLabel('Find a topic').fill(topicName);
  await panel.getByRole('button', { name: `${topicName}, ${storiesWord(both)}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`topic=${topicId}`));
  await expect(page.locator('.page-header__count')).toHaveText(new RegExp(` of ${storiesWord(both)}$`));
  const expected = stories.filter((s) => s.section === section && s.topics.includes(topicId)).slice(0, 20);
  await expect(page.locator('.story-card h2')).toHaveText(expected.map((s) => s.headline));
});
