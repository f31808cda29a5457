import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary, Person, PersonQuote } from '../../content/schema';
import { peopleFindQuery, peopleIndexQuery, peopleLetterQuery, personQuery } from '../../data/queries';
import { buildPeopleIndexShards, buildPersonPages } from '../../pipeline/write/listShards';
import { sampleCatalog, samplePersonPage, samplePeople } from '../../test/fixtures';
import { createTestQueryClient, renderAppAt, renderWithProviders } from '../../test/render';
import { filterPeople, groupByLetter, letterOf } from './peopleIndex';
import { PeopleIndexPage } from './PeopleIndexPage';
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

afterEach(() => vi.unstubAllGlobals());

describe('people index helpers', () => {
  it('files names under their first letter, accents folded, others under #', () => {
    expect(letterOf('Élodie Varn')).toBe('E');
    expect(letterOf('42 Club')).toBe('#');
    const groups = groupByLetter([person('Anna Belt'), person('Ómar Lind'), person('Arto Kell'), person('Łukasz Wren')]);
    expect(groups.map((g) => [g.letter, g.people.length])).toEqual([['A', 2], ['L', 1], ['O', 1]]);
  });

  it('matches the start of name and alias words without regard to case or accents', () => {
    const people = [person('Zoë Hart', ['Ms Hart']), person('Ben Osk')];
    expect(filterPeople(people, 'zoe').map((p) => p.name)).toEqual(['Zoë Hart']);
    expect(filterPeople(people, 'ms h').map((p) => p.name)).toEqual(['Zoë Hart']);
    expect(filterPeople(people, 'sk')).toEqual([]);
    expect(filterPeople(people, '  ')).toHaveLength(2);
  });
});

/** Seeds the cache the way the built site would answer: the first file, every letter page and every lookup shard. */
function seedPeopleIndex(queryClient: QueryClient, people: readonly Person[], letterPageSize = 100) {
  const shards = buildPeopleIndexShards(people, { letterPageSize, topCount: 2 });
  queryClient.setQueryData(peopleIndexQuery().queryKey, shards.index);
  for (const { key, ...page } of shards.letterPages) queryClient.setQueryData(peopleLetterQuery(key, page.page).queryKey, page);
  for (const shard of shards.findShards) queryClient.setQueryData(peopleFindQuery(shard.key).queryKey, shard);
  return shards;
}

function renderPeople(url: string, { people = samplePeople, letterPageSize = 100 } = {}) {
  const queryClient = createTestQueryClient();
  seedPeopleIndex(queryClient, people, letterPageSize);
  return renderWithProviders(<PeopleIndexPage />, { path: '/people', url, queryClient });
}

const status = () => screen.getByText((_, el) => el?.classList.contains('people-index__count') ?? false);
const rowNames = () => [...document.querySelectorAll('.person-row__name')].map((a) => a.textContent);

describe('PeopleIndexPage', () => {
  it('opens on the most quoted, with a letter bar of links for the letters that have people', () => {
    renderPeople('/people');
    expect(screen.getByRole('heading', { level: 2, name: 'Most quoted' })).toBeTruthy();
    // Elsie Marrow (5 quotes), then Tomas Brindle (1); the other two are under their letters.
    expect(rowNames()).toEqual(['Elsie Marrow', 'Tomas Brindle']);
    const row = screen.getByRole('link', { name: 'Elsie Marrow' }).closest('li')!;
    expect(row.textContent).toContain('Harbour master');
    expect(row.textContent).toContain('2 stories, 5 quotes');
    expect(status().textContent).toBe('4 people');
    expect(status().getAttribute('aria-live')).toBe('polite');
    const bar = screen.getByRole('navigation', { name: 'Browse by letter' });
    expect(within(bar).getByRole('link', { name: 'E, 1 person' }).getAttribute('href')).toBe('/people?letter=e');
    expect(within(bar).queryByRole('link', { name: /^A\b/ })).toBeNull();
    expect(within(bar).getByText('A').className).toBe('letter-bar__empty');
  });

  it('shows a chosen letter a page at a time, marking the letter as current, with real page links', () => {
    const people = ['Rhea Tamm', 'Rory Vale', 'Runa Sell', 'Zed Obi'].map((n) => person(n));
    renderPeople('/people?letter=r&page=2', { people, letterPageSize: 2 });
    expect(screen.getByRole('heading', { level: 2, name: 'R' })).toBeTruthy();
    expect(rowNames()).toEqual(['Runa Sell']);
    expect(status().textContent).toBe('3 people under R, page 2 of 2');
    const bar = screen.getByRole('navigation', { name: 'Browse by letter' });
    expect(within(bar).getByRole('link', { name: 'R, 3 people' }).getAttribute('aria-current')).toBe('page');
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('link', { name: /Previous page/ }).getAttribute('href')).toBe('/people?letter=r');
    expect(screen.getByRole('link', { name: 'Most quoted people' }).getAttribute('href')).toBe('/people');
  });

  it('finds anyone by the start of a name or alias word from the one lookup shard of its first two letters', async () => {
    renderPeople('/people?letter=e');
    const input = screen.getByLabelText('Filter by name');
    fireEvent.change(input, { target: { value: 'brindle' } });
    await waitFor(() => expect(status().textContent).toBe('1 person matches “brindle”'));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['T']);
    fireEvent.change(input, { target: { value: 'ms marr' } });
    await waitFor(() => expect(rowNames()).toEqual(['Elsie Marrow']));
    fireEvent.change(input, { target: { value: 'z' } });
    await waitFor(() => expect(status().textContent).toBe('Type two letters or more of a name.'));
    expect(rowNames()).toEqual([]);
  });

  it('reads only the first file until asked; a typed name with no shard matches nobody', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (requested.push(url), new Response('', { status: 404 }))));
    renderPeople('/people');
    expect(requested).toEqual([]);
    fireEvent.change(screen.getByLabelText('Filter by name'), { target: { value: 'qx' } });
    await waitFor(() => expect(status().textContent).toBe('0 people match “qx”'));
    expect(requested).toEqual(['/data/people-index/find-qx.json']);
  });
});

/** The real /people/:id(/page/:page) routes at `url`, with the cache seeded. */
const renderRoute = (url: string, queryClient: QueryClient) => renderAppAt(url, queryClient);

describe('person pages', () => {
  // The route table's ScrollRestoration scrolls on navigation; jsdom has no scrolling.
  // The route table loads page modules on demand; load them once up front so the first test's wait is for
// the page, not for compiling its module on a busy machine.
beforeAll(() => Promise.all([import('../../routes/PersonRoute'), import('../../routes/PeopleRoute')]), 30_000);

beforeEach(() => void vi.spyOn(window, 'scrollTo').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  const quotes: PersonQuote[] = Array.from({ length: 5 }, (_, i) => ({
    articleId: sampleCatalog[Math.floor(i / 2)]!.id,
    headline: sampleCatalog[Math.floor(i / 2)]!.headline,
    updated: sampleCatalog[Math.floor(i / 2)]!.updated,
    quoteId: `q${(i % 2) + 1}`,
    text: `Invented quote ${i + 1}.`,
  }));
  const stories: ArticleSummary[] = sampleCatalog.slice(0, 3);
  const pages = buildPersonPages(samplePeople[0]!, quotes, stories, 2);

  function seeded() {
    const queryClient = createTestQueryClient();
    for (const page of pages) queryClient.setQueryData(personQuery('elsie-marrow', page.page).queryKey, page);
    return queryClient;
  }

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
    // One page: no page links, no ranges.
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
    expect(document.querySelector('.person-page__range')).toBeNull();
  });

  it('shows the first six of a long list of descriptions and puts the rest behind "N more"', () => {
    const descriptions = Array.from({ length: 40 }, (_, i) => `invented role ${i + 1}`);
    const person = { ...samplePersonPage.person, descriptions };
    renderWithProviders(<PersonView data={{ ...samplePersonPage, person }} />, { path: '/people/:id', url: '/people/elsie-marrow' });
    const list = document.querySelector('.person-page__descriptions')!;
    const shown = list.querySelector(':scope > p')!.textContent!;
    expect(shown).toContain('invented role 6');
    expect(shown).not.toContain('invented role 7;');
    const more = list.querySelector('details')!;
    const left = descriptions.filter((d) => d !== person.role).length - 6;
    expect(more.querySelector('summary')!.textContent).toBe(`${left} more`);
    expect(more.textContent).toContain('invented role 40');
  });

  it('shows a later page at its own address: its quotes and stories, ranges, and links to the pages around it', async () => {
    await renderRoute('/people/elsie-marrow/page/2', seeded());
    expect(await screen.findByRole('heading', { level: 1, name: 'Elsie Marrow' })).toBeTruthy();
    expect(screen.getByText('Quotes 3–4 of 5')).toBeTruthy();
    expect(screen.getByText('Stories 3–3 of 3')).toBeTruthy();
    expect(screen.getByRole('link', { name: '“Invented quote 3.”' }).getAttribute('href')).toBe(`/articles/${sampleCatalog[1]!.id}#q1`);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByText('Page 2 of 3')).toBeTruthy();
    expect(within(nav).getByRole('link', { name: /Previous page/ }).getAttribute('href')).toBe('/people/elsie-marrow');
    expect(within(nav).getByRole('link', { name: /Next page/ }).getAttribute('href')).toBe('/people/elsie-marrow/page/3');
    await waitFor(() => expect(document.title).toBe('Elsie Marrow, page 2 — Verbatim'));
  });

  it('says where the shorter list went on the pages past its end', async () => {
    await renderRoute('/people/elsie-marrow/page/3', seeded());
    expect(await screen.findByText('Quotes 5–5 of 5')).toBeTruthy();
    const stories = screen.getByRole('region', { name: 'Stories' });
    expect(within(stories).getByRole('link', { name: 'the last page of stories' }).getAttribute('href')).toBe('/people/elsie-marrow/page/2');
  });

  it('sends /page/1 and ?page=n to the one address of that page; a page that is not a number is not found', async () => {
    const to = (url: string) => renderRoute(url, seeded());
    let router = await to('/people/elsie-marrow/page/1');
    await waitFor(() => expect(router.state.location.pathname).toBe('/people/elsie-marrow'));
    router = await to('/people/elsie-marrow?page=3');
    await waitFor(() => expect(router.state.location.pathname).toBe('/people/elsie-marrow/page/3'));
    expect(router.state.location.search).toBe('');
    await to('/people/elsie-marrow/page/two');
    expect(await screen.findAllByRole('heading', { level: 1, name: 'Page not found' })).toHaveLength(1);
  });
});
