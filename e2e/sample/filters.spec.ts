import type { Page } from '@playwright/test';
import { catalog, expect, expectAxeClean, people, test } from '../fixtures';

const storiesWord = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'story' : 'stories'}`;
const status = (page: Page) => page.locator('.page-header__count');

/** A section and a person in it, picked from the built data (never hard-coded). */
async function pickSectionAndPerson(page: Page) {
  const stories = await catalog(page);
  const names = new Map((await people(page)).map((p) => [p.id, p.name]));
  const sections = [...new Set(stories.map((s) => s.section).filter((s): s is string => !!s))];
  for (const section of sections) {
    const inSection = stories.filter((s) => s.section === section);
    const counts = new Map<string, number>();
    for (const s of inSection) for (const id of new Set(s.people)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [personId, both] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (personId && both) {
      return { section, sectionCount: inSection.length, person: { id: personId, name: names.get(personId)! }, both };
    }
  }
  throw new Error('no section with a named person in the sample');
}

test('filters by section and person through the controls; the URL holds it through reload and history', async ({ page }) => {
  const { section, sectionCount, person, both } = await pickSectionAndPerson(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Filter stories' }).click();
  const panel = page.getByRole('region', { name: 'Filter stories' });

  const sectionRadio = panel.getByRole('radio', { name: `${section}, ${storiesWord(sectionCount)}`, exact: true });
  // A click, then wait: the URL change commits in a transition, so the radio settles a beat later.
  await sectionRadio.click();
  await expect(sectionRadio).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`\\?section=${encodeURIComponent(section)}$`));
  await expect(status(page)).toHaveText(new RegExp(`of ${storiesWord(sectionCount)}$`));

  await panel.getByLabel('Find a person').fill(person.name);
  await panel.getByRole('button', { name: `${person.name}, ${storiesWord(both)}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`person=${person.id}`));
  await expect(page).toHaveURL(new RegExp(`section=${encodeURIComponent(section)}`));
  await expect(status(page)).toHaveText(new RegExp(`of ${storiesWord(both)}$`));
  await expect(page.locator('.story-card')).toHaveCount(Math.min(both, 20));
  await expect(page.getByRole('button', { name: `Remove filter Person: ${person.name}` })).toBeVisible();
  await expectAxeClean(page, 'filtered list with the panel open');

  await page.reload();
  await expect(status(page)).toHaveText(new RegExp(`of ${storiesWord(both)}$`));
  await expect(page.getByRole('button', { name: `Remove filter Section: ${section}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Filter stories' }).getByRole('radio', { name: new RegExp(`^${section},`) })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?section=${encodeURIComponent(section)}$`));
  await expect(status(page)).toHaveText(new RegExp(`of ${storiesWord(sectionCount)}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`person=${person.id}`));
  await expect(status(page)).toHaveText(new RegExp(`of ${storiesWord(both)}$`));

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: /^Remove filter/ })).toHaveCount(0);
});

test('the filter panel is keyboard-operable and fits a 320px-wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Filter stories' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Filter stories' });
  await expect(panel).toBeVisible();
  const firstSection = panel.getByRole('radio').nth(1);
  await firstSection.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?section=/);
  // The panel and the list tools fit: nothing in them reaches past the right edge.
  const widest = await page.evaluate(() =>
    Math.max(...[...document.querySelectorAll('.filter-panel *, .story-list__tools *, .active-filters *')].map((el) => el.getBoundingClientRect().right)),
  );
  expect(widest, 'filters fit a 320px screen').toBeLessThanOrEqual(320);
  await expectAxeClean(page, 'filters at 320px');
});
