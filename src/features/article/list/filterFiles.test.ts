import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './listFilters';
import { dateRun, decodePositions, intersectSorted, planFilter, withinRun } from './filterFiles';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('planFilter', () => {
  it('answers one person or one topic alone from its own page file', () => {
    expect(planFilter({ ...EMPTY_FILTERS, person: 'ada-vell', page: 3 })).toEqual({ kind: 'person', id: 'ada-vell' });
    expect(planFilter({ ...EMPTY_FILTERS, topic: 'ferries' })).toEqual({ kind: 'topic', id: 'ferries' });
  });
  it('intersects positions files for combinations, with the section folded to its file key', () => {
    expect(planFilter({ ...EMPTY_FILTERS, person: 'ada-vell', section: 'Île Côte' })).toEqual({
      kind: 'positions',
      facets: [
        { facet: 'person', key: 'ada-vell' },
        { facet: 'section', key: 'ile_20_cote' },
      ],
      dates: false,
    });
    expect(planFilter({ ...EMPTY_FILTERS, topic: 'ferries', from: '2011-01-01' })).toMatchObject({ kind: 'positions', dates: true });
  });
  it('leaves the free-text filter to the catalog', () => {
    expect(planFilter({ ...EMPTY_FILTERS, person: 'ada-vell', q: 'harbour' })).toEqual({ kind: 'catalog' });
  });
});

describe('positions', () => {
  it('decodes gaps and intersects ascending lists', () => {
    expect([...decodePositions([2, 3, 1, 10])]).toEqual([2, 5, 6, 16]);
    const a = Uint32Array.from([1, 4, 6, 9, 12]);
    const b = Uint32Array.from([0, 4, 5, 9, 13]);
    const c = Uint32Array.from([4, 9]);
    expect([...intersectSorted([a, b])]).toEqual([4, 9]);
    expect([...intersectSorted([a, b, c, Uint32Array.from([9])])]).toEqual([9]);
    expect([...intersectSorted([a, new Uint32Array(0)])]).toEqual([]);
  });

  it('finds the run of positions dated in a range, newest first, never the undated', () => {
    // Positions 0-1 on 3 March, 2-4 on 1 March, 5 on 20 February, 6-7 undated.
    const days = { total: 8, pageSize: 20, days: [[day('2011-03-03'), 0], [day('2011-03-01'), 2], [day('2011-02-20'), 5]] as [number, number][], undatedFrom: 6 };
    expect(dateRun(days, '2011-03-01', '2011-03-03')).toEqual([0, 5]);
    expect(dateRun(days, '2011-02-21', '2011-03-02')).toEqual([2, 5]);
    expect(dateRun(days, null, '2011-02-28')).toEqual([5, 6]);
    expect(dateRun(days, '2011-03-04', null)).toEqual([0, 0]);
    expect(dateRun(days, '2010-01-01', null)).toEqual([0, 6]);
    expect([...withinRun(Uint32Array.from([1, 3, 5, 7]), [2, 6])]).toEqual([3, 5]);
    expect([...withinRun(null, [2, 5])]).toEqual([2, 3, 4]);
  });
});
