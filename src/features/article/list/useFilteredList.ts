import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { use } from 'react';
import { PERSON_PAGE_SIZE, TOPIC_PAGE_SIZE, type ListFacet } from '../../../content/dataPaths';
import type { ArticleSummary, ListPositions } from '../../../content/schema';
import { isNotFound } from '../../../data/errors';
import { listAtQuery, listDaysQuery, personQuery, topicQuery } from '../../../data/queries';
import { dateRun, decodePositions, intersectSorted, planFilter, withinRun } from './filterFiles';
import { PAGE_SIZE, type ListFilters } from './listFilters';
import { distinguishedName } from '../../../content/personLabel';

/** Names for the active-filter chips, from whichever file answered. */
export interface FilterNames {
  person?: string;
  topic?: string;
}

interface Paging {
  total: number;
  page: number;
  pageCount: number;
  names: FilterNames;
}

export type FilteredList =
  | { status: 'catalog' }
  | { status: 'pending'; names: FilterNames }
  | { status: 'error'; error: Error; refetch: () => void }
  /** The page's stories are in hand (one person's or topic's page file). */
  | ({ status: 'stories'; stories: readonly ArticleSummary[] } & Paging)
  /** The page's list positions; the stories are on the list pages holding them. */
  | ({ status: 'positions'; positions: Uint32Array } & Paging);

const pageCountOf = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/**
 * The filtered list from small files (see filterFiles.ts). Only the files of the current plan are read:
 * the queries of the other plans are disabled.
 */
export function useFilteredList(filters: ListFilters): FilteredList {
  const plan = planFilter(filters);
  const wanted = Math.max(1, filters.page);

  // One person or one topic: page n of its own file. A page past its stories falls back to the last.
  const ownKind = plan.kind === 'person' || plan.kind === 'topic' ? plan.kind : null;
  const ownId = plan.kind === 'person' || plan.kind === 'topic' ? plan.id : '';
  const ownSize = plan.kind === 'person' ? PERSON_PAGE_SIZE : TOPIC_PAGE_SIZE;
  const client = useQueryClient();
  // A navigation to one person or topic (a transition) keeps the previous page on screen while their file
  // is on its way, for a moment: the list is drawn once, with its stories, instead of a "Filtering" state
  // first and the stories a render later. (The app's first render is a transition too: the served page
  // stays until then.)
  if (ownKind) use<void>(briefWait(client, ownKind === 'person' ? personQuery(ownId, wanted) : topicQuery(ownId, wanted)));
  const own = useOwnPage(ownKind, ownId, wanted, true);
  const pastEnd = (wanted > 1 && own.isError && isNotFound(own.error)) || (own.data !== undefined && wanted > pageCountOf(own.data.total, ownSize));
  const firstPage = useOwnPage(ownKind, ownId, 1, pastEnd);
  const lastPage = firstPage.data ? pageCountOf(firstPage.data.total, ownSize) : 1;
  const last = useOwnPage(ownKind, ownId, lastPage, pastEnd && firstPage.data !== undefined);

  // Combinations: one positions file per person/topic/section, and the dates when a range is set.
  const facets = plan.kind === 'positions' ? plan.facets : [];
  // At most one value per facet (planFilter): three fixed queries, each read only when its facet is asked
  // for (`useQueries` would add ~1 KB gzip to every first visit for a list of at most three).
  const atFile = (facet: ListFacet) => {
    const key = facets.find((f) => f.facet === facet)?.key;
    return { ...listAtQuery(facet, key ?? ''), enabled: key !== undefined };
  };
  const byFacet = { person: useQuery(atFile('person')), topic: useQuery(atFile('topic')), section: useQuery(atFile('section')) };
  const at = facets.map(({ facet }) => byFacet[facet]);
  const days = useQuery({ ...listDaysQuery(), enabled: plan.kind === 'positions' && plan.dates });

  const atData = at.map((r) => r.data);
  const atFailed = at.find((r) => r.isError && !isNotFound(r.error));
  const atPending = at.some((r) => r.isPending && !r.isError);
  // An unknown person/topic/section has no file: it matches nothing.
  const atLists = at.map((r) => (r.isError && isNotFound(r.error) ? EMPTY : r.data));
  // Recomputed per render: the work is bounded by the smallest positions list (decoding is cached per file).
  const matched =
    plan.kind !== 'positions' || atPending || (plan.dates && !days.data)
      ? null
      : matchPositions(
          atLists.map((l) => decodedOf(l ?? EMPTY)),
          plan.dates ? dateRun(days.data!, filters.from, filters.to) : null,
        );

  if (plan.kind === 'catalog') return { status: 'catalog' };

  if (plan.kind === 'person' || plan.kind === 'topic') {
    if (own.isError && isNotFound(own.error) && wanted === 1) {
      // No such person or topic: nothing matches.
      return { status: 'stories', stories: [], total: 0, page: 1, pageCount: 1, names: {} };
    }
    const failed = [own, firstPage, last].find((q) => q.isError && !(q === own && pastEnd));
    if (failed) return { status: 'error', error: failed.error!, refetch: failed.refetch };
    const data = (pastEnd ? last : own).data;
    if (!data) return { status: 'pending', names: {} };
    const names: FilterNames = plan.kind === 'person' ? { person: data.name } : { topic: data.name };
    return { status: 'stories', stories: data.stories, total: data.total, page: data.page, pageCount: pageCountOf(data.total, ownSize), names };
  }

  const names: FilterNames = {};
  facets.forEach(({ facet }, i) => {
    const name = atData[i]?.name;
    if (name && facet !== 'section') names[facet] = name;
  });
  const failed = atFailed ?? (days.isError ? days : undefined);
  if (failed) return { status: 'error', error: failed.error!, refetch: () => void failed.refetch() };
  if (!matched) return { status: 'pending', names };
  const total = matched.length;
  const pageCount = pageCountOf(total, PAGE_SIZE);
  const page = Math.min(wanted, pageCount);
  return { status: 'positions', positions: matched.subarray((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total, page, pageCount, names };
}

/** A person's or a topic's page file, reduced to what the list shows. */
function useOwnPage(kind: 'person' | 'topic' | null, id: string, page: number, enabled: boolean) {
  const person = useQuery({ ...personQuery(id, page), enabled: enabled && kind === 'person' });
  const topic = useQuery({ ...topicQuery(id, page), enabled: enabled && kind === 'topic' });
  const query = kind === 'topic' ? topic : person;
  const data = person.data && kind === 'person'
    ? { name: distinguishedName(person.data.person), total: person.data.storyTotal, page: person.data.page, stories: person.data.stories }
    : topic.data && kind === 'topic'
      ? { name: topic.data.topic.name, total: topic.data.total, page: topic.data.page, stories: topic.data.stories }
      : undefined;
  return { data, isError: enabled && query.isError, error: query.error, refetch: () => void query.refetch() };
}

const EMPTY: ListPositions = { name: '', total: 0, at: [] };

const decoded = new WeakMap<ListPositions, Uint32Array>();
/** Decode once per loaded file (cached by object identity). */
function decodedOf(file: ListPositions): Uint32Array {
  let positions = decoded.get(file);
  if (!positions) decoded.set(file, (positions = decodePositions(file.at)));
  return positions;
}

function matchPositions(lists: Uint32Array[], run: [number, number] | null): Uint32Array {
  const base = lists.length ? intersectSorted(lists) : null;
  return run ? withinRun(base, run) : (base ?? new Uint32Array(0));
}

/** How long a navigation may keep the previous list on screen while one person's or topic's file loads (ms; tests change it). */
export const briefWaitLimit = { ms: 200 };

type Settled = Promise<void>;
/** Each file's wait, by query hash: a file is waited for once (a query dropped from the cache and read again never suspends twice). */
const waits = new Map<string, Settled>();
const KEPT_WAITS = 100;

/**
 * A promise that settles when the query's file has been read (or failed), or after `briefWaitLimit.ms`, whichever
 * comes first; marked fulfilled then (as React's `use` reads it), so the render after it goes on. Already
 * fulfilled when the file is in the cache: a list whose file is there never suspends. Starts the request
 * if nothing has yet (the router normally has).
 */
function briefWait(client: QueryClient, options: ReturnType<typeof personQuery> | ReturnType<typeof topicQuery>): Settled {
  const hash = JSON.stringify(options.queryKey);
  const known = waits.get(hash);
  if (known) return known;
  const existing = client.getQueryCache().find({ queryKey: options.queryKey, exact: true });
  if (existing && existing.state.status !== 'pending') return DONE;
  const reading = (client.fetchQuery as (o: typeof options) => Promise<unknown>)(options);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled: Settled = Promise.race([
    reading.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, briefWaitLimit.ms))),
  ]).then(() => {
    clearTimeout(timer);
    Object.assign(settled, { status: 'fulfilled', value: undefined });
  });
  waits.set(hash, settled);
  if (waits.size > KEPT_WAITS) waits.delete(waits.keys().next().value!);
  return settled;
}

const DONE: Settled = Object.assign(Promise.resolve(), { status: 'fulfilled' as const, value: undefined });
