import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataPaths } from '../../content/dataPaths';
import type { Article, Person } from '../../content/schema';
import { dataUrl } from '../../data/dataRoot';
import { buildSearchFiles } from '../../pipeline/write/search';
import { renderWithProviders } from '../../test/render';
import { SearchPage, followUrl } from './SearchPage';
import { STORIES_PER_PAGE } from './useSearch';

/** Invented stories: more "lighthouse" stories than one page of results shows. */
const articles: Article[] = Array.from({ length: STORIES_PER_PAGE + 5 }, (_, i) => ({
  id: `lighthouse-${i}`,
  source: `lighthouse-${i}.txt`,
  format: 'plain',
  headline: i === 0 ? 'Keeper leaves the Skerry lighthouse' : `Lighthouse story ${i}`,
  updated: `2021-02-${String((i % 27) + 1).padStart(2, '0')}T08:00:00.000Z`,
  section: 'Coast',
  caption: null,
  blocks: [{ type: 'paragraph', text: `Standfirst ${i} about the lighthouse keeper.`, intro: true }],
  related: [],
  suggested: [],
  quotes: [],
  people: i === 0 ? ['ines-varro'] : [],
  topics: [],
  wordCount: 10,
}));
const people: Person[] = [
  { id: 'ines-varro', name: 'Ines Varro', aliases: [], descriptions: ['keeper'], role: 'lighthouse keeper', articles: ['lighthouse-0'], quoteCount: 3 },
  // Invented namesakes, each with the note the pipeline gives people who share a name.
  { id: 'tolan-brake', name: 'Tolan Brake', aliases: [], descriptions: ['footballer'], role: 'footballer', distinguishedAs: 'footballer', articles: [], quoteCount: 2 },
  { id: 'tolan-brake-politics', name: 'Tolan Brake', aliases: [], descriptions: [], role: null, distinguishedAs: 'Politics', articles: [], quoteCount: 1 },
];

beforeEach(() => {
  const built = buildSearchFiles({ articles, people, topics: [] });
  const files = new Map<string, unknown>([[dataUrl(dataPaths.searchRoot), built.root]]);
  for (const [prefix, shard] of built.terms) files.set(dataUrl(dataPaths.searchTerms(prefix)), shard);
  built.stories.forEach((shard, k) => files.set(dataUrl(dataPaths.searchStories(k)), shard));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      files.has(url)
        ? new Response(JSON.stringify(files.get(url)), { status: 200, headers: { 'content-type': 'application/json' } })
        : new Response('', { status: 404 }),
    ),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('SearchPage', () => {
  it('shows matching stories and people with the matches marked, and keeps the query in the URL', async () => {
    renderWithProviders(<SearchPage />, { path: '/search', url: '/search' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the archive' }), { target: { value: 'varro' } });
    // (jsdom leaves <mark> out of a link's accessible name, so links are found by their text.)
    const person = (await screen.findByRole('region', { name: 'People' })).querySelector('a')!;
    expect(person.textContent).toBe('Ines Varro');
    expect(person.getAttribute('href')).toBe('/people/ines-varro');
    expect(person.querySelector('mark')?.textContent).toBe('Varro');
    const story = screen.getByRole('region', { name: 'Stories' }).querySelector('a')!;
    expect(story.textContent).toBe('Keeper leaves the Skerry lighthouse');
    expect(story.getAttribute('href')).toBe('/articles/lighthouse-0');
    expect(screen.getByRole('status').textContent).toBe('1 story and 1 person for “varro”.');
    // The URL follows once the results are on screen (SearchPage: replacing the entry is not on their way).
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/search?q=varro'));
  });

  it('tells people of one name apart by their notes, which a query may use', async () => {
    renderWithProviders(<SearchPage />, { path: '/search', url: '/search?q=tolan%20brake' });
    const region = await screen.findByRole('region', { name: 'People' });
    await waitFor(() => expect(region.querySelectorAll('a')).toHaveLength(2));
    const links = [...region.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Tolan Brake (footballer)', '/people/tolan-brake'],
      ['Tolan Brake (Politics)', '/people/tolan-brake-politics'],
    ]);
    // The footballer's role is in the note already: the line under the name does not say it twice.
    expect(links[0]!.closest('li')!.querySelector('.search-result__context')!.textContent).toBe('2 quotes in 0 stories');
  });

  it('writes only the last of several quick key presses to the URL, after its results', async () => {
    renderWithProviders(<SearchPage />, { path: '/search', url: '/search' });
    const box = screen.getByRole('searchbox', { name: 'Search the archive' });
    for (const value of ['l', 'li', 'lig', 'ligh']) fireEvent.change(box, { target: { value } });
    expect(screen.getByTestId('location').textContent).toBe('/search');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/for “ligh”/));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/search?q=ligh'));
    expect(box).toHaveProperty('value', 'ligh');
  });

  it('restores a search from the URL, and "Show more" adds stories and moves the focus to the first added', async () => {
    renderWithProviders(<SearchPage />, { path: '/search', url: '/search?q=lighthouse' });
    const stories = await screen.findByRole('region', { name: 'Stories' });
    await waitFor(() => expect(stories.querySelectorAll('li')).toHaveLength(STORIES_PER_PAGE));
    expect(screen.getByRole('status').textContent).toBe(`${articles.length} stories and 1 person for “lighthouse”.`);
    fireEvent.click(screen.getByRole('button', { name: 'Show more stories' }));
    await waitFor(() => expect(stories.querySelectorAll('li')).toHaveLength(articles.length));
    await waitFor(() => expect(document.activeElement).toBe(stories.querySelectorAll('li > h3 > a')[STORIES_PER_PAGE]));
    expect(screen.queryByRole('button', { name: 'Show more stories' })).toBeNull();
  });

  it('says when there is nothing to search for, and when nothing is found', async () => {
    renderWithProviders(<SearchPage />, { path: '/search', url: '/search' });
    const box = screen.getByRole('searchbox', { name: 'Search the archive' });
    fireEvent.change(box, { target: { value: 'the ' } });
    expect(screen.getByRole('status').textContent).toMatch(/Nothing to search for/);
    fireEvent.change(box, { target: { value: 'zeppelin' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Nothing found for “zeppelin”.'));
  });
});

describe('followUrl', () => {
  it('ignores a URL that catches up late with a value typed before, and follows history', () => {
    // Typed "T" then "To"; the router commits "?q=T" only after "o" was typed: the box keeps "To".
    let state = { sync: { url: '', pending: ['T', 'To'] }, draft: 'To' };
    state = followUrl(state.sync, 'T', state.draft);
    expect(state).toEqual({ sync: { url: 'T', pending: ['To'] }, draft: 'To' });
    state = followUrl(state.sync, 'To', state.draft);
    expect(state).toEqual({ sync: { url: 'To', pending: [] }, draft: 'To' });
    // Back to an earlier search: the box follows the URL.
    expect(followUrl(state.sync, 'harbour', state.draft).draft).toBe('harbour');
  });
});
