/**
 * The route table. Every page module is lazy-loaded, so the first visit downloads the shell and only the
 * page it opens. Route modules export `Component`.
 *
 * React Router runs in its declarative mode (`<BrowserRouter>` + `useRoutes`), not as a data router: the
 * data router's loaders, actions and fetchers add ~18 KB gzip to every first visit, and this app needs
 * only two of its services, done here in a few lines each:
 * - each page has a tiny `prefetch` that starts its data request while the page module is still
 *   downloading (it never waits and never throws: loading, error and 404 states stay with the page's
 *   react-query hooks);
 * - the page module is read with `use()`; while it downloads, the navigation (a transition: React Router
 *   wraps location changes in `startTransition`) keeps the previous page on screen.
 *
 * Nor does it render through `useRoutes`: with one layout and one level of pages, matching the address
 * (`matchRoutes`) and drawing the layout around the page is all the app needs, and React Router's nested
 * route rendering (outlets, its own error boundaries for data routers) is ~2 KB gzip more on every first
 * visit. A page reads its `:id` and `:page` with `usePageParams` (pageParams.ts).
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { use } from 'react';
import { matchRoutes, useLocation, type Params, type RouteObject } from 'react-router';
import { isSlug } from '../data/hooks';
import { articleQuery, peopleIndexQuery, personQuery, topicQuery, topicsIndexQuery } from '../data/queries';
import { RootLayout } from '../routes/RootLayout';
import { pageModule, type PageModule, type Tracked } from './pageModules';
import { PageParams } from './pageParams';

export interface PageRoute {
  /** A React Router path pattern, relative to the root (`''` is the index route). */
  path: string;
  load: () => Promise<PageModule>;
  prefetch?: (client: QueryClient, params: Params, search: URLSearchParams) => void;
  /** What the pre-rendered page reads besides (markup only the server draws, such as `<noscript>` content). */
  prefetchForServer?: (client: QueryClient, params: Params, search: URLSearchParams) => Promise<void> | void;
}

export const pages: PageRoute[] = [
  {
    path: '',
    // Exactly the files the list's plan reads: one page file, a person's or topic's own page, positions
    // files, or (free-text words, other orders) the filter columns. The plan's code comes with the list's
    // module (one download, started here and by `load` alike): a first visit to any other page carries none of it.
    prefetch: (client, _params, search) =>
      void import('../routes/ListRoute').then(
        (list) => list.prefetchList(client, search),
        () => undefined, // `load` reports a failed download
      ),
    prefetchForServer: (client, _params, search) => import('../routes/ListRoute').then((list) => list.prefetchListForServer(client, search)),
    load: () => import('../routes/ListRoute'),
  },
  {
    path: 'articles/:id',
    prefetch: (client, { id }) => void (isSlug(id) && client.prefetchQuery(articleQuery(id))),
    load: () => import('../routes/ArticleRoute'),
  },
  {
    path: 'people',
    // The first view's file; a letter (`?letter=`) is read by the page itself.
    prefetch: (client) => void client.prefetchQuery(peopleIndexQuery()),
    load: () => import('../routes/PeopleRoute'),
  },
  {
    path: 'people/:id',
    prefetch: (client, { id }) => void (isSlug(id) && client.prefetchQuery(personQuery(id))),
    load: () => import('../routes/PersonRoute'),
  },
  {
    // Later pages of a person have their own address (and pre-rendered file): content/pagedPath.ts.
    path: 'people/:id/page/:page',
    prefetch: (client, { id, page }) => {
      const n = pageSegment(page);
      if (isSlug(id) && n) void client.prefetchQuery(personQuery(id, n));
    },
    load: () => import('../routes/PersonRoute'),
  },
  {
    path: 'topics',
    // The first view's file; one kind's list (`?kind=`) is read by the page itself.
    prefetch: (client, _params, search) => void (search.has('kind') || client.prefetchQuery(topicsIndexQuery())),
    load: () => import('../routes/TopicsRoute'),
  },
  {
    path: 'topics/:id',
    prefetch: (client, { id }) => void (isSlug(id) && client.prefetchQuery(topicQuery(id))),
    load: () => import('../routes/TopicRoute'),
  },
  {
    path: 'topics/:id/page/:page',
    prefetch: (client, { id, page }) => {
      const n = pageSegment(page);
      if (isSlug(id) && n) void client.prefetchQuery(topicQuery(id, n));
    },
    load: () => import('../routes/TopicRoute'),
  },
  {
    path: 'search',
    // The query in the address starts while the page module loads (the search code is in its own chunk,
    // loaded here in parallel; the first visit to any other page carries none of it). Repeated calls for
    // the same query are answered from react-query's cache.
    prefetch: (client, _params, search) => {
      const q = search.get('q') ?? '';
      // A failed download is the page module's to report (it imports the same code).
      void import('../features/search/useSearch').then(
        (engine) => {
          if (q) engine.startSearch(client, q);
          else engine.searchSource().root().catch(() => undefined);
        },
        () => undefined,
      );
    },
    load: () => import('../routes/SearchRoute'),
  },
  { path: '*', load: () => import('../routes/NotFoundRoute') },
];

/** The `:page` of a paged person or topic address: 2 or more, written plainly; else null (not a page to fetch). */
function pageSegment(segment: string | undefined): number | null {
  return segment && /^[1-9]\d*$/.test(segment) && segment !== '1' ? Number(segment) : null;
}

/** Starts what a page needs: its data request and its module. Safe to call again (both are shared). */
function startPage(page: PageRoute, client: QueryClient | null, params: Params, search: string, key: string | null): Tracked<PageModule> {
  if (client) page.prefetch?.(client, params, new URLSearchParams(search));
  return pageModule(page, key);
}

/** One page: starts its data while its module loads, then draws it. */
function Page({ page, params }: { page: PageRoute; params: Params }) {
  const client = useQueryClient();
  const { search, key } = useLocation();
  const { Component } = use(startPage(page, client, params, search, key));
  return (
    <PageParams value={params}>
      <Component />
    </PageParams>
  );
}

const pageOfRoute = new Map<RouteObject, PageRoute>();

/** The route table, for matching addresses only (`matchRoutes`): `AppRoutes` draws what matched. */
const routes: RouteObject[] = [
  {
    path: '/',
    children: pages.map((page) => {
      const route: RouteObject = page.path === '' ? { index: true } : { path: page.path };
      pageOfRoute.set(route, page);
      return route;
    }),
  },
];

/** The page an address shows (the not-found page when no other does), and its `:id`/`:page`. */
function matchPage(pathname: string, basename?: string): { page: PageRoute; params: Params } | null {
  const match = matchRoutes(routes, pathname, basename)?.at(-1);
  const page = match && pageOfRoute.get(match.route);
  return match && page ? { page, params: match.params } : null;
}

/** The app's pages inside the site layout; render it inside a router and a QueryClientProvider. */
export function AppRoutes() {
  const { pathname } = useLocation();
  // The router's location is already relative to its basename; `*` answers any address.
  const matched = matchPage(pathname);
  return <RootLayout>{matched && <Page page={matched.page} params={matched.params} />}</RootLayout>;
}

/** Whether no page but the not-found one answers this address (what the built 404.html was rendered as). */
export function isUnknownAddress(pathname: string, basename?: string): boolean {
  return matchPage(pathname, basename)?.page.path === '*';
}

/**
 * For the first render: starts the current address's page (data and module) and resolves once its module
 * has loaded or failed, so the first paint is the page itself, not an empty frame. Resolves to false when
 * the module failed: the page will show the error view, not the pre-rendered markup, so it is drawn, not
 * hydrated. `server` (the pre-render) also starts what only the served markup draws (`prefetchForServer`).
 */
export async function preparePage(
  client: QueryClient,
  location: { pathname: string; search: string },
  basename?: string,
  { server = false } = {},
): Promise<boolean> {
  let serverReads: Promise<void> | void = undefined;
  if (server) {
    const match = matchRoutes(routes, location.pathname, basename)?.at(-1);
    const page = match && pageOfRoute.get(match.route);
    if (match && page) serverReads = page.prefetchForServer?.(client, match.params, new URLSearchParams(location.search));
  }
  const started = prefetchAddress(client, location, basename);
  // Its requests must have started before the caller waits for fetching to settle (its code may load first).
  await serverReads;
  if (!started) return true;
  return started.then(
    () => true,
    () => false,
  );
}

/**
 * Starts an address's data request and page module now, before the router renders it: on Back/Forward
 * (called from `popstate`, ahead of React Router's transition render) and when the reader presses or rests
 * on a link (`linkIntent.ts`). Rendering it later finds both in flight or done. Returns the module's
 * download, or null when no page answers the address.
 */
export function prefetchAddress(
  client: QueryClient,
  location: { pathname: string; search: string },
  basename?: string,
): Tracked<PageModule> | null {
  const matched = matchPage(location.pathname, basename);
  return matched && startPage(matched.page, client, matched.params, location.search, null);
}
