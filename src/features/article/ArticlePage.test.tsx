import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleArticle } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ArticlePage } from './ArticlePage';

function stubFetch(...answers: Array<() => Response>) {
  const fetch = vi.fn(async () => {
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    return next();
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const json = (body: unknown) => () =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const status = (code: number) => () => new Response('', { status: code, headers: { 'content-type': 'text/plain' } });

afterEach(() => vi.unstubAllGlobals());

describe('ArticlePage states', () => {
  it('shows a busy skeleton, then the story, and sets the document title', async () => {
    stubFetch(json(sampleArticle), json([]));
    renderWithProviders(<ArticlePage id="ferry-timetable-changes" />, { path: '/articles/:id', url: '/articles/ferry-timetable-changes' });
    expect(document.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: sampleArticle.headline })).toBeTruthy();
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
    expect(document.title).toBe(`${sampleArticle.headline} — Verbatim`);
  });

  it('shows a 404 view with links home and to people for an unknown story', async () => {
    stubFetch(status(404));
    renderWithProviders(<ArticlePage id="no-such-story" />, { path: '/articles/:id', url: '/articles/no-such-story' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Story not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /all stories/i }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('link', { name: /everyone/i }).getAttribute('href')).toBe('/people');
    await waitFor(() => expect(document.title).toBe('Story not found — Verbatim'));
  });

  it('does not fetch an id that cannot be a story', () => {
    const fetch = stubFetch(status(404));
    renderWithProviders(<ArticlePage id="../../etc" />, { path: '*', url: '/articles/x' });
    expect(screen.getByRole('heading', { level: 1, name: 'Story not found' })).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows an error with Retry that refetches', async () => {
    stubFetch(status(500), json(sampleArticle), json([]));
    renderWithProviders(<ArticlePage id="ferry-timetable-changes" />, { path: '/articles/:id', url: '/articles/ferry-timetable-changes' });
    expect((await screen.findByRole('alert')).textContent).toContain('HTTP 500');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: sampleArticle.headline })).toBeTruthy();
  });
});
