import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary, Topic } from '../../../content/schema';
import { listAtQuery, listDaysQuery, listFacetsQuery, listPageQuery, personQuery, topicQuery } from '../../../data/queries';
import {
  buildListDays,
  buildListFacets,
  buildListPositions,
  buildPersonPages,
  buildTopicPages,
  renderListPages,
} from '../../../pipeline/write/listShards';
import { sampleCatalog, samplePeople } from '../../../test/fixtures';
import { createTestQueryClient, renderWithProviders } from '../../../test/render';
import { StoryListPage } from './StoryListPage';
import { dataPaths } from '../../../content/dataPaths';
import { dataUrl } from '../../../data/dataRoot';
import { briefWaitLimit } from './useFilteredList';

const topics: Topic[] = [{ id: 'ferries', name: 'Ferries', kind: 'theme', articles: [] }];
const catalog: ArticleSummary[] = sampleCatalog.map((s, i) => ({ ...s, topics: i % 4 === 0 ? ['ferries'] : [] }));

/**
 * Seeds the cache the way the built site would answer: list pages, every person's and topic's page files
 * and positions files, the dates, and the filter columns if asked.
 */
function renderList(url: string, { withFacets = true, stories = catalog } = {}) {
  const queryClient = createTestQueryClient();
  const names = { people: samplePeople, topics };
  for (const page of renderListPages(stories)) queryClient.setQueryData(listPageQuery(page.page).queryKey, page);
  for (const person of samplePeople) {
    for (const page of buildPersonPages(person, [], stories.filter((s) => s.people.includes(person.id)))) {
      queryClient.setQueryData(personQuery(person.id, page.page).queryKey, page);
    }
  }
  for (const topic of topics) {
    for (const page of buildTopicPages(topic, stories.filter((s) => s.topics.includes(topic.id)))) {
      queryClient.setQueryData(topicQuery(topic.id, page.page).queryKey, page);
    }
  }
  for (const { facet, key, positions } of buildListPositions(stories, names)) queryClient.setQueryData(listAtQuery(facet, key).queryKey, positions);
  queryClient.setQueryData(listDaysQuery().queryKey, buildListDays(stories));
  if (withFacets) queryClient.setQueryData(listFacetsQuery().queryKey, buildListFacets(stories, names));
  return renderWithProviders(<StoryListPage />, { path: '/', url, queryClient });
}

const headlines = () => screen.getAllByRole('heading', { level: 2 }).filter((h) => h.closest('.story-card')).map((h) => h.textContent);
const location = () => screen.getByTestId('location').textContent;
const count = () => document.querySelector('.page-header__count')!.textContent;

afterEach(() => vi.unstubAllGlobals());

describe('StoryListPage', () => {
  it('shows the newest 20 stories from one page file, without reading the filter columns or the catalog', () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (requested.push(url), new Response('', { status: 404 }))));
    renderList('/', { withFacets: false });
    expect(headlines()).toHaveLength(20);
    expect(screen.getByRole('link', { name: catalog[0]!.headline }).getAttribute('href')).toBe('/articles/ferry-timetable-changes');
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('link', { name: /Older stories/ }).getAttribute('href')).toBe('/?page=2');
    expect(count()).toBe('Showing 1–20 of 23 stories');
    expect(document.title).toBe('Stories — Verbatim');
    expect(requested).toEqual([]);
  });

  it('shows page 2 from ?page=2, and the last page for a page past the end', () => {
    renderList('/?page=2');
    expect(headlines()).toHaveLength(3);
    expect(screen.getByText('Page 2 of 2')).toBeTruthy();
  });

  it('filters by person from the URL, names them on a removable chip, and clears back to the bare list', () => {
    renderList('/?person=elsie-marrow&page=1');
    expect(headlines()).toEqual([catalog[0]!.headline, 'Invented story number 5']);
    expect(count()).toBe('Showing 1–2 of 2 stories');
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter Person: Elsie Marrow' }));
    expect(location()).toBe('/');
    expect(headlines()).toHaveLength(20);
  });

  it('opens the filter panel with faceted counts in each choice’s name; picking one goes to the URL at page 1', async () => {
    renderList('/?page=2');
    fireEvent.click(screen.getByRole('button', { name: 'Filter stories' }));
    // The panel's code loads the first time it opens.
    const panel = await screen.findByRole('region', { name: 'Filter stories' });
    // 23 stories alternate Scotland (12) and Business (11).
    expect(within(panel).getByRole('radio', { name: 'Scotland, 12 stories' })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('radio', { name: 'Business, 11 stories' }));
    expect(location()).toBe('/?section=Business');
    expect(count()).toBe('Showing 1–11 of 11 stories');
    // Counts for the other facets now take the section into account: of Elsie Marrow's two stories one is Business.
    expect(within(panel).getByRole('button', { name: 'Elsie Marrow, 1 story' })).toBeTruthy();
    // The section's own counts do not: switching to Scotland would give 12.
    expect(within(panel).getByRole('radio', { name: 'Scotland, 12 stories' })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Elsie Marrow, 1 story' }));
    expect(location()).toBe('/?person=elsie-marrow&section=Business');
    // Stories found by position are drawn by code loaded the first time a list needs it.
    await waitFor(() => expect(headlines()).toEqual(['Invented story number 5']));
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(location()).toBe('/');
  });

  it('finds a topic by typing and shows the topic chosen from a link', async () => {
    renderList('/?topic=ferries');
    expect(screen.getByRole('button', { name: 'Remove filter Topic: Ferries' })).toBeTruthy();
    // One topic alone opens without the panel (it reads only the topic's file); the button opens it.
    expect(screen.queryByRole('region', { name: 'Filter stories' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Filter stories' }));
    const panel = await screen.findByRole('region', { name: 'Filter stories' });
    expect(within(panel).getByRole('button', { name: 'Ferries, 6 stories', pressed: true })).toBeTruthy();
    expect(headlines()).toHaveLength(6);
    fireEvent.change(within(panel).getByLabelText('Find a person'), { target: { value: 'marr' } });
    // Elsie Marrow's two stories: one carries the topic.
    expect(within(panel).getByRole('button', { name: 'Elsie Marrow, 1 story' })).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: /Ruth Allard/ })).toBeNull();
  });

  it('answers one person, and a combination, from small files: never the filter columns or the catalog', () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (requested.push(url), new Response('', { status: 404 }))));
    renderList('/?person=elsie-marrow', { withFacets: false });
    expect(headlines()).toEqual([catalog[0]!.headline, 'Invented story number 5']);
    expect(screen.getByRole('button', { name: 'Remove filter Person: Elsie Marrow' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(requested).toEqual([]);
  });

  it('intersects a person with a section and a date range from their positions files', async () => {
    const inBusiness = catalog.filter((s) => s.section === 'Business' && s.people.includes('elsie-marrow'));
    renderList('/?person=elsie-marrow&section=business', { withFacets: false });
    await waitFor(() => expect(headlines()).toEqual(inBusiness.map((s) => s.headline)));
    const day = catalog[0]!.updated!.slice(0, 10);
    renderList(`/?from=${day}&to=${day}`, { withFacets: false });
    const sameDay = catalog.filter((s) => s.updated?.slice(0, 10) === day);
    expect(count()).toBe(`Showing 1–${sameDay.length} of ${sameDay.length} ${sameDay.length === 1 ? 'story' : 'stories'}`);
  });

  it('keeps the filters when paging', () => {
    const everyone = catalog.map((s) => ({ ...s, people: ['elsie-marrow'] }));
    renderList('/?person=elsie-marrow', { stories: everyone });
    expect(screen.getByRole('link', { name: /Older stories/ }).getAttribute('href')).toBe('/?person=elsie-marrow&page=2');
  });

  it('says so when nothing matches (the person has no file)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    // The list waits (suspends) a moment for the person's file: an awaited act lets React retry.
    await act(async () => {
      renderList('/?person=nobody-at-all');
    });
    await waitFor(() => expect(count()).toBe('No stories match.'));
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
  });
});

describe('StoryListPage, following a link to one person', () => {
  const person = samplePeople.find((p) => p.id === 'elsie-marrow')!;
  const firstPage = buildPersonPages(person, [], catalog.filter((s) => s.people.includes(person.id)))[0]!;
  const limit = briefWaitLimit.ms;
  afterEach(() => {
    briefWaitLimit.ms = limit;
  });

  /** The bare list on screen; the person's file answered only when `release` is called. */
  function atHomeWithPersonOnItsWay() {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetchMock = vi.fn(async (url: string) => {
      await gate;
      if (url !== dataUrl(dataPaths.person(person.id, 1))) return new Response('', { status: 404 });
      return new Response(JSON.stringify(firstPage), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    const rendered = renderList('/');
    rendered.queryClient.removeQueries({ queryKey: personQuery(person.id, 1).queryKey });
    expect(count()).toBe('Showing 1–20 of 23 stories');
    return { ...rendered, release, fetchMock };
  }

  it('keeps the previous list while their file loads, then draws their stories in one go', async () => {
    briefWaitLimit.ms = 60_000; // no time limit here: the test decides when the file arrives
    const { router, release, fetchMock } = atHomeWithPersonOnItsWay();
    await act(() => router.navigate(`/?person=${person.id}`));
    expect(fetchMock).toHaveBeenCalledWith(dataUrl(dataPaths.person(person.id, 1)), expect.anything());
    expect(screen.queryByText('Filtering stories…')).toBeNull();
    expect(count()).toBe('Showing 1–20 of 23 stories');
    release();
    await waitFor(() => expect(count()).toBe('Showing 1–2 of 2 stories'));
    expect(location()).toBe(`/?person=${person.id}`);
    expect(headlines()).toEqual([catalog[0]!.headline, 'Invented story number 5']);
  });

  it('shows the loading state once the wait is over, and the stories when the file comes', async () => {
    briefWaitLimit.ms = 0;
    const { router, release } = atHomeWithPersonOnItsWay();
    await act(() => router.navigate(`/?person=${person.id}`));
    expect(await screen.findByText('Filtering stories…')).toBeTruthy();
    release();
    await waitFor(() => expect(count()).toBe('Showing 1–2 of 2 stories'));
  });
});

describe('StoryListPage order', () => {
  it('sorts by section from the labelled control, into the URL, back at page 1; relevance only with a query', async () => {
    renderList('/?page=2');
    const sort = screen.getByRole('combobox', { name: 'Sort' });
    expect(within(sort).queryByRole('option', { name: 'Best match' })).toBeNull();
    fireEvent.change(sort, { target: { value: 'section' } });
    expect(location()).toBe('/?sort=section');
    // 23 stories alternate Scotland and Business: Business (A–Z first) fills the first page, newest first.
    await screen.findByText('Showing 1–20 of 23 stories');
    expect(headlines().slice(0, 2)).toEqual(['Invented story number 1', 'Invented story number 3']);
    expect(screen.getByRole('link', { name: /Next page/ }).getAttribute('href')).toBe('/?sort=section&page=2');
  });

  it('offers best match for a topic filter, newest first by default; best match reads the catalog', async () => {
    renderList('/?topic=ferries');
    const sort = screen.getByRole('combobox', { name: 'Sort' }) as HTMLSelectElement;
    expect(sort.value).toBe('date');
    expect(within(sort).getByRole('option', { name: 'Best match' })).toBeTruthy();
  });
});
