import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogQuery, peopleQuery } from '../../../data/queries';
import { sampleCatalog, samplePeople } from '../../../test/fixtures';
import { createTestQueryClient, renderWithProviders } from '../../../test/render';
import { StoryListPage } from './StoryListPage';

function renderList(url: string) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(catalogQuery().queryKey, sampleCatalog);
  queryClient.setQueryData(peopleQuery().queryKey, samplePeople);
  return renderWithProviders(<StoryListPage />, { path: '/', url, queryClient });
}

const headlines = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('StoryListPage', () => {
  it('shows the newest 20 stories with links, dates and a link to the next page', () => {
    renderList('/');
    expect(headlines()).toHaveLength(20);
    expect(screen.getByRole('link', { name: sampleCatalog[0]!.headline }).getAttribute('href')).toBe('/articles/ferry-timetable-changes');
    expect(screen.getAllByText('8 July 2011').length).toBeGreaterThan(0);
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('link', { name: /Older stories/ }).getAttribute('href')).toBe('/?page=2');
    expect(document.title).toBe('Stories — Verbatim');
  });

  it('shows page 2 from ?page=2', () => {
    renderList('/?page=2');
    expect(headlines()).toHaveLength(3);
    expect(screen.getByText('Page 2 of 2')).toBeTruthy();
  });

  it('filters by person from the URL and offers to clear the filter', () => {
    renderList('/?person=elsie-marrow&page=1');
    expect(headlines()).toEqual([sampleCatalog[0]!.headline, 'Invented story number 5']);
    const note = screen.getByText(/Stories quoting\/naming/);
    expect(note.textContent).toContain('Elsie Marrow');
    const clear = within(note).getByRole('link', { name: 'clear filter' });
    expect(clear.getAttribute('href')).toBe('/');
    fireEvent.click(clear);
    expect(screen.getByTestId('location').textContent).toBe('/');
    expect(headlines()).toHaveLength(20);
  });

  it('keeps the person filter when paging', () => {
    const queryClient = createTestQueryClient();
    const many = sampleCatalog.map((s) => ({ ...s, people: ['elsie-marrow'] }));
    queryClient.setQueryData(catalogQuery().queryKey, many);
    renderWithProviders(<StoryListPage />, { path: '/', url: '/?person=elsie-marrow', queryClient });
    expect(screen.getByRole('link', { name: /Older stories/ }).getAttribute('href')).toBe('/?person=elsie-marrow&page=2');
  });

  it('says so when nothing matches', () => {
    renderList('/?person=nobody-at-all');
    expect(screen.getByRole('status').textContent).toBe('No stories match.');
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
  });
});
