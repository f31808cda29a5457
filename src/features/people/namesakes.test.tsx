import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../content/schema';
import { peopleIndexQuery, peopleLetterQuery, personQuery } from '../../data/queries';
import { buildPeopleIndexShards, buildPersonPages } from '../../pipeline/write/listShards';
import { createTestQueryClient, renderAppAt, renderWithProviders } from '../../test/render';
import { PeopleIndexPage } from './PeopleIndexPage';

/** Invented namesakes as the pipeline writes them: one with a role, one told apart by its section. */
const people: Person[] = [
  { id: 'tolan-brake', name: 'Tolan Brake', aliases: [], descriptions: ['footballer'], role: 'footballer', distinguishedAs: 'footballer', articles: ['a', 'b'], quoteCount: 2 },
  { id: 'tolan-brake-politics', name: 'Tolan Brake', aliases: [], descriptions: [], role: null, distinguishedAs: 'Politics', articles: ['c'], quoteCount: 1 },
  { id: 'tova-reel', name: 'Tova Reel', aliases: [], descriptions: ['harpist'], role: 'harpist', articles: ['c'], quoteCount: 0 },
];

describe('namesakes in the people index', () => {
  it('puts the note in the link, so each row of a shared name has its own accessible name, and does not repeat it as the role', () => {
    const queryClient = createTestQueryClient();
    const shards = buildPeopleIndexShards(people);
    queryClient.setQueryData(peopleIndexQuery().queryKey, shards.index);
    for (const { key, ...page } of shards.letterPages) queryClient.setQueryData(peopleLetterQuery(key, page.page).queryKey, page);
    renderWithProviders(<PeopleIndexPage />, { path: '/people', url: '/people?letter=t', queryClient });

    const footballer = screen.getByRole('link', { name: 'Tolan Brake (footballer)' });
    expect(footballer.getAttribute('href')).toBe('/people/tolan-brake');
    expect(screen.getByRole('link', { name: 'Tolan Brake (Politics)' }).getAttribute('href')).toBe('/people/tolan-brake-politics');
    expect(footballer.querySelector('.person-name__note')?.textContent).toBe('(footballer)');
    expect(footballer.closest('li')!.querySelector('.person-row__role')).toBeNull();
    // A name nobody else has stays bare, with its role beside it.
    const reel = screen.getByRole('link', { name: 'Tova Reel' });
    expect(reel.closest('li')!.querySelector('.person-row__role')?.textContent).toBe('harpist');
  });
});

describe('a namesake’s page', () => {
  beforeAll(() => import('../../routes/PersonRoute'), 30_000);
  beforeEach(() => void vi.spyOn(window, 'scrollTo').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('says which one it is in the heading and the document title', async () => {
    const queryClient = createTestQueryClient();
    const page = buildPersonPages(people[1]!, [], [])[0]!;
    queryClient.setQueryData(personQuery('tolan-brake-politics', 1).queryKey, page);
    await renderAppAt('/people/tolan-brake-politics', queryClient);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Tolan Brake (Politics)' });
    expect(heading.querySelector('.person-name__note')).not.toBeNull();
    await waitFor(() => expect(document.title).toBe('Tolan Brake (Politics) — Verbatim'));
  });
});
