import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../../../test/fixtures';
import { filterCatalog, paginate } from './filterCatalog';
import { EMPTY_FILTERS, readListFilters, updateListFilters, writeListFilters } from './listFilters';

describe('list URL state', () => {
  it('reads filters and page from the query string, dropping malformed values', () => {
    const f = readListFilters(new URLSearchParams('person=elsie-marrow&page=3&from=2011-07-01&to=July&q=%20ferry%20'));
    expect(f).toEqual({ ...EMPTY_FILTERS, person: 'elsie-marrow', page: 3, from: '2011-07-01', q: 'ferry' });
    expect(readListFilters(new URLSearchParams('page=-2')).page).toBe(1);
    expect(readListFilters(new URLSearchParams('page=abc')).page).toBe(1);
  });

  it('writes back only what is set, so the default list is a bare URL', () => {
    expect(writeListFilters(EMPTY_FILTERS).toString()).toBe('');
    expect(writeListFilters({ ...EMPTY_FILTERS, person: 'elsie-marrow', page: 2 }).toString()).toBe('person=elsie-marrow&page=2');
  });

  it('goes back to page 1 when a filter changes, keeps filters when only the page changes', () => {
    const onPage3 = { ...EMPTY_FILTERS, section: 'Scotland', page: 3 };
    expect(updateListFilters(onPage3, { person: 'elsie-marrow' }).page).toBe(1);
    expect(updateListFilters(onPage3, { page: 4 })).toEqual({ ...onPage3, page: 4 });
    expect(updateListFilters(onPage3, { section: 'Scotland' }).page).toBe(3);
  });
});

describe('filterCatalog', () => {
  it('keeps only stories naming the person, in catalog order', () => {
    const result = filterCatalog(sampleCatalog, { ...EMPTY_FILTERS, person: 'elsie-marrow' });
    expect(result.map((s) => s.id)).toEqual(['ferry-timetable-changes', 'invented-story-5']);
  });

  it('combines section, date range and text filters', () => {
    const result = filterCatalog(sampleCatalog, {
      ...EMPTY_FILTERS,
      section: 'business',
      from: '2011-06-25',
      to: '2011-07-05',
      q: 'STORY',
    });
    expect(result.every((s) => s.section === 'Business')).toBe(true);
    expect(result.map((s) => s.updated!.slice(0, 10))).toEqual(['2011-07-05', '2011-07-03', '2011-07-01', '2011-06-29', '2011-06-27', '2011-06-25']);
  });
});

describe('paginate', () => {
  it('pages 20 at a time and clamps a page past the end', () => {
    expect(paginate(sampleCatalog, 1)).toMatchObject({ page: 1, pageCount: 2, total: 23, first: 1 });
    expect(paginate(sampleCatalog, 1).items).toHaveLength(20);
    expect(paginate(sampleCatalog, 9)).toMatchObject({ page: 2, first: 21 });
    expect(paginate(sampleCatalog, 9).items).toHaveLength(3);
    expect(paginate([], 1)).toMatchObject({ page: 1, pageCount: 1, total: 0, first: 0 });
  });
});
