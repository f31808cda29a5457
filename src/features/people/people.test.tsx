import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../content/schema';
import { buildPeopleIndex } from '../../pipeline/write/listShards';
import { samplePersonPage, samplePeople } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { filterPeople, groupByLetter, letterOf } from './peopleIndex';
import { PeopleIndex } from './PeopleIndexPage';
import { PersonView } from './PersonPage';

const person = (name: string, aliases: string[] = []): Person => ({
  id: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  name,
  aliases,
  descriptions: [],
  role: null,
  articles: [],
  quoteCount: 0,
});

describe('people index helpers', () => {
  it('files names under their first letter, accents folded, others under #', () => {
    expect(letterOf('Élodie Varn')).toBe('E');
    expect(letterOf('42 Club')).toBe('#');
    const groups = groupByLetter([person('Anna Belt'), person('Ómar Lind'), person('Arto Kell'), person('Łukasz Wren')]);
    expect(groups.map((g) => [g.letter, g.people.length])).toEqual([['A', 2], ['L', 1], ['O', 1]]);
  });

  it('matches names and aliases without regard to case or accents', () => {
    const people = [person('Zoë Hart', ['Ms Hart']), person('Ben Osk')];
    expect(filterPeople(people, 'zoe').map((p) => p.name)).toEqual(['Zoë Hart']);
    expect(filterPeople(people, 'ms h').map((p) => p.name)).toEqual(['Zoë Hart']);
    expect(filterPeople(people, '  ')).toHaveLength(2);
  });
});

describe('PeopleIndex', () => {
  it('lists people under letter headings with a jump bar, role and counts', () => {
    renderWithProviders(<PeopleIndex people={buildPeopleIndex(samplePeople)} />, { path: '/people', url: '/people' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['E', 'R', 'T', 'Z']);
    const bar = screen.getByRole('navigation', { name: 'Jump to letter' });
    expect(within(bar).getByRole('link', { name: 'E' }).getAttribute('href')).toBe('#letter-e');
    expect(within(bar).queryByRole('link', { name: 'A' })).toBeNull();
    const row = screen.getByRole('link', { name: 'Elsie Marrow' }).closest('li')!;
    expect(row.textContent).toContain('Harbour master');
    expect(row.textContent).toContain('2 stories, 5 quotes');
  });

  it('filters by name through a labelled input and announces the count', async () => {
    renderWithProviders(<PeopleIndex people={buildPeopleIndex(samplePeople)} />, { path: '/people', url: '/people' });
    const input = screen.getByLabelText('Filter by name');
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('4 people');
    fireEvent.change(input, { target: { value: 'brindle' } });
    await waitFor(() => expect(status.textContent).toBe('1 person matches “brindle”'));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['T']);
  });
});

describe('PersonView', () => {
  it('shows the person, quotes grouped by story linking to the quote, and their stories', () => {
    renderWithProviders(<PersonView data={samplePersonPage} />, { path: '/people/:id', url: '/people/elsie-marrow' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Elsie Marrow');
    const storyHeadings = screen.getAllByRole('heading', { level: 3 });
    // Two quote groups (two stories), then the story cards.
    expect(storyHeadings[0]!.textContent).toBe('Island ferry timetable to change in spring');
    expect(storyHeadings[1]!.textContent).toBe('Pier repairs finished early');
    const quoteLink = screen.getByRole('link', { name: '“Nobody will wait more than an hour.”' });
    expect(quoteLink.getAttribute('href')).toBe('/articles/ferry-timetable-changes#q3');
    expect(screen.getByRole('link', { name: 'show their stories in the list' }).getAttribute('href')).toBe('/?person=elsie-marrow');
    expect(screen.getByText(/Also described as/).textContent).toContain('harbour master at Quillan');
  });
});
