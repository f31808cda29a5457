import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Topic } from '../../content/schema';
import { topicQuery, topicsIndexQuery, topicsKindQuery } from '../../data/queries';
import { buildTopicPages, buildTopicsIndexShards } from '../../pipeline/write/listShards';
import { sampleCatalog } from '../../test/fixtures';
import { createTestQueryClient, renderAppAt } from '../../test/render';

const harbours: Topic = { id: 'harbours', name: 'Harbours', kind: 'theme', articles: sampleCatalog.map((s) => s.id) };
const places: Topic[] = ['Quillan', 'Arnport', 'Bellmere', 'Dunraven', 'Carrick Sound'].map((name, i) => ({
  id: name.toLowerCase().replace(/ /g, '-'),
  name,
  kind: 'place',
  articles: sampleCatalog.slice(0, i + 1).map((s) => s.id),
}));

/** The app's own route table at `url`, the cache seeded as the built site would answer (small pages). */
async function renderAt(url: string) {
  const queryClient = createTestQueryClient();
  for (const page of buildTopicPages(harbours, sampleCatalog, 10)) queryClient.setQueryData(topicQuery('harbours', page.page).queryKey, page);
  const shards = buildTopicsIndexShards([harbours, ...places], { kindPageSize: 2, topPerKind: 3 });
  queryClient.setQueryData(topicsIndexQuery().queryKey, shards.index);
  for (const page of shards.kindPages) queryClient.setQueryData(topicsKindQuery(page.kind, page.page).queryKey, page);
  return renderAppAt(url, queryClient);
}

const headlines = () => [...document.querySelectorAll('.story-card h3')].map((h) => h.textContent);

// The route table loads page modules on demand; load them once up front so the first test's wait is for
// the page, not for compiling its module on a busy machine.
beforeAll(() => Promise.all([import('../../routes/TopicRoute'), import('../../routes/TopicsRoute')]), 30_000);

beforeEach(() => void vi.spyOn(window, 'scrollTo').mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

describe('topic pages', () => {
  it('shows the first page from the topic file, with the total and a real link to the next page', async () => {
    await renderAt('/topics/harbours');
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbours' })).toBeTruthy();
    expect(headlines()).toEqual(sampleCatalog.slice(0, 10).map((s) => s.headline));
    expect(screen.getByText(/^23 stories/)).toBeTruthy();
    expect(screen.getByText('Showing 1–10 of 23 stories')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByText('Page 1 of 3')).toBeTruthy();
    expect(within(nav).getByRole('link', { name: /Older stories/ }).getAttribute('href')).toBe('/topics/harbours/page/2');
  });

  it('shows a later page at its own address, numbered on from the earlier pages', async () => {
    await renderAt('/topics/harbours/page/3');
    expect(await screen.findByText('Showing 21–23 of 23 stories')).toBeTruthy();
    expect(headlines()).toEqual(sampleCatalog.slice(20).map((s) => s.headline));
    expect(document.querySelector('ol.story-list__items')!.getAttribute('start')).toBe('21');
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByRole('link', { name: /Newer stories/ }).getAttribute('href')).toBe('/topics/harbours/page/2');
    expect(within(nav).queryByRole('link', { name: /Older stories/ })).toBeNull();
    await waitFor(() => expect(document.title).toBe('Harbours, page 3 — Verbatim'));
  });

  it('sends ?page=2 to /page/2, and a page past the end is not found', async () => {
    const router = await renderAt('/topics/harbours?page=2');
    await waitFor(() => expect(router.state.location.pathname).toBe('/topics/harbours/page/2'));
    expect(await screen.findByText('Showing 11–20 of 23 stories')).toBeTruthy();
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    await renderAt('/topics/harbours/page/9');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    vi.unstubAllGlobals();
  });
});

describe('topics index', () => {
  it('shows the biggest topics of each kind and a link to the whole kind when there are more', async () => {
    await renderAt('/topics');
    const placesSection = await screen.findByRole('region', { name: 'Places' });
    expect(within(placesSection).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Carrick Sound 5 stories',
      'Dunraven 4 stories',
      'Bellmere 3 stories',
      'All 5 places, A–Z',
    ]);
    expect(within(placesSection).getByRole('link', { name: 'All 5 places, A–Z' }).getAttribute('href')).toBe('/topics?kind=place');
    const themes = screen.getByRole('region', { name: 'Themes' });
    expect(within(themes).queryByRole('link', { name: /^All / })).toBeNull();
  });

  it('lists one kind A–Z a page at a time', async () => {
    await renderAt('/topics?kind=place&page=2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Places' })).toBeTruthy();
    expect([...document.querySelectorAll('.topic-chip')].map((a) => a.firstChild!.textContent!.trim())).toEqual(['Carrick Sound', 'Dunraven']);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByText('Page 2 of 3')).toBeTruthy();
    expect(within(nav).getByRole('link', { name: /Next page/ }).getAttribute('href')).toBe('/topics?kind=place&page=3');
  });
});
