import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataPaths } from '../../../content/dataPaths';
import { dataUrl } from '../../../data/dataRoot';
import { createTestQueryClient } from '../../../test/render';
import { prefetchList } from './prefetchList';

/** The data files prefetchList asks for, for `/` with this query string. */
function filesFor(search: string): string[] {
  const fetchMock = vi.fn(async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  prefetchList(createTestQueryClient(), new URLSearchParams(search));
  return fetchMock.mock.calls.map((call: unknown[]) => String(call[0]));
}

afterEach(() => vi.unstubAllGlobals());

describe('prefetchList', () => {
  it('reads one page file for the bare list', () => {
    expect(filesFor('')).toEqual([dataUrl(dataPaths.listPage(1))]);
    expect(filesFor('page=3')).toEqual([dataUrl(dataPaths.listPage(3))]);
  });

  it('reads one person or one topic from their own page file, never the filter columns', () => {
    expect(filesFor('person=ada-vell')).toEqual([dataUrl(dataPaths.person('ada-vell', 1))]);
    expect(filesFor('person=ada-vell&page=2')).toEqual([dataUrl(dataPaths.person('ada-vell', 2))]);
    expect(filesFor('topic=ferries')).toEqual([dataUrl(dataPaths.topic('ferries', 1))]);
  });

  it('reads the positions files of a combination, and the dates for a range', () => {
    expect(filesFor('person=ada-vell&topic=ferries').sort()).toEqual(
      [dataUrl(dataPaths.listAt('person', 'ada-vell')), dataUrl(dataPaths.listAt('topic', 'ferries'))].sort(),
    );
    expect(filesFor('topic=ferries&from=2011-01-01').sort()).toEqual(
      [dataUrl(dataPaths.listAt('topic', 'ferries')), dataUrl(dataPaths.listDays)].sort(),
    );
  });

  it('reads the filter columns, and the catalog, for typed words or another order', () => {
    expect(filesFor('q=ferry').sort()).toEqual([dataUrl(dataPaths.listFacets), dataUrl(dataPaths.catalog)].sort());
    expect(filesFor('sort=section')).toEqual([dataUrl(dataPaths.listFacets)]);
  });
});
