/**
 * People of one name on the real corpus (a footballer and a party chairman split by the link stage, bare
 * surnames kept apart): each is told apart by its note wherever a reader meets them (the people filter,
 * their page, the people list of their stories). Names and notes come
 * from the built data at run time.
 */
import { foldName } from '../../src/content/names';
import type { Person } from '../../src/content/schema';
import { appIsReady, expect, expectAxeClean, people, test } from '../fixtures';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('namesakes carry distinct notes in the people filter and on their pages, which stay axe clean', async ({ page }) => {
  const everyone = await people(page);
  const byName = new Map<string, Person[]>();
  for (const p of everyone) byName.set(foldName(p.name), [...(byName.get(foldName(p.name)) ?? []), p]);
  const groups = [...byName.values()].filter((g) => g.length > 1);
  expect(groups.length, 'the corpus has people who share a name').toBeGreaterThan(0);
  for (const group of groups) {
    const notes = group.map((p) => p.distinguishedAs);
    expect(notes.every(Boolean), `${group[0]!.id}: every namesake has a note`).toBe(true);
    expect(new Set(notes.map((n) => foldName(n!))).size, `${group[0]!.id}: the notes differ`).toBe(group.length);
  }
  expect(everyone.filter((p) => p.distinguishedAs && (byName.get(foldName(p.name))?.length ?? 0) < 2), 'a name of one person has no note').toEqual([]);

  // A group whose full name the people filter can take as typed.
  const group = groups.find((g) => /^[A-Za-z]{2,}( [A-Za-z]{2,})+$/.test(g[0]!.name))!;
  await page.goto('/people');
  await appIsReady(page);
  await page.getByLabel('Filter by name').fill(group[0]!.name);
  for (const p of group) {
    const link = page.getByRole('link', { name: `${p.name} (${p.distinguishedAs})`, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `/people/${p.id}`);
  }
  await expectAxeClean(page, 'the people filter showing namesakes');

  const one = group[group.length - 1]!;
  await page.goto(`/people/${one.id}`);
  await appIsReady(page);
  const named = `${one.name} (${one.distinguishedAs})`;
  await expect(page.getByRole('heading', { level: 1, name: named, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${escape(named)}`));
  await expectAxeClean(page, 'a namesake’s page');

  // In a story of theirs, the story's people list links to the right namesake, note and all.
  await page.goto(`/articles/${one.articles[0]!}`);
  await appIsReady(page);
  const inStory = page.getByRole('complementary', { name: 'People in this story' }).getByRole('link', { name: named, exact: true });
  await expect(inStory).toHaveAttribute('href', `/people/${one.id}`);
});
