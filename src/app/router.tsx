/**
 * The route table. Every page module is lazy-loaded, so the first visit downloads the shell and only the
 * page it opens. Route modules export `Component` (react-router's lazy convention).
 *
 * Each route also has a tiny static loader that starts its data request while the page module is still
 * downloading. It never waits and never throws: loading, error and 404 states stay with the page's
 * react-query hooks.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { isSlug } from '../data/hooks';
import {
  articleQuery,
  listFacetsQuery,
  listPageQuery,
  peopleIndexQuery,
  personQuery,
  topicQuery,
  topicsIndexQuery,
} from '../data/queries';
import { AppShellFallback } from '../routes/AppShellFallback';
import { RootLayout } from '../routes/RootLayout';
import { RouteError } from '../routes/RouteError';

export function createRoutes(queryClient?: QueryClient): RouteObject[] {
  const prefetch =
    (start: (client: QueryClient, args: LoaderFunctionArgs) => void) => (args: LoaderFunctionArgs) => {
      if (queryClient) start(queryClient, args);
      return null;
    };

  return [
    {
      path: '/',
      Component: RootLayout,
      HydrateFallback: AppShellFallback,
      children: [
        {
          // Anything a page throws while rendering lands here, inside the layout: never a blank page.
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              // The unfiltered list reads one page file; a filtered one starts with the filter columns.
              loader: prefetch((c, { request }) => {
                const params = new URL(request.url).searchParams;
                const filtered = ['person', 'topic', 'section', 'from', 'to', 'q'].some((key) => params.get(key));
                const page = Number.parseInt(params.get('page') ?? '1', 10);
                if (filtered) void c.prefetchQuery(listFacetsQuery());
                else void c.prefetchQuery(listPageQuery(Number.isFinite(page) && page > 1 ? page : 1));
              }),
              lazy: () => import('../routes/ListRoute'),
            },
            {
              path: 'articles/:id',
              loader: prefetch((c, { params }) => {
                if (isSlug(params.id)) void c.prefetchQuery(articleQuery(params.id));
              }),
              lazy: () => import('../routes/ArticleRoute'),
            },
            {
              path: 'people',
              // The first view's file; a letter (`?letter=`) is read by the page itself.
              loader: prefetch((c) => void c.prefetchQuery(peopleIndexQuery())),
              lazy: () => import('../routes/PeopleRoute'),
            },
            {
              path: 'people/:id',
              loader: prefetch((c, { params }) => {
                if (isSlug(params.id)) void c.prefetchQuery(personQuery(params.id));
              }),
              lazy: () => import('../routes/PersonRoute'),
            },
            {
              // Later pages of a person have their own address (and pre-rendered file): features/layout/pagedPath.ts.
              path: 'people/:id/page/:page',
              loader: prefetch((c, { params }) => {
                const page = pageSegment(params.page);
                if (isSlug(params.id) && page) void c.prefetchQuery(personQuery(params.id, page));
              }),
              lazy: () => import('../routes/PersonRoute'),
            },
            {
              path: 'topics',
              // The first view's file; one kind's list (`?kind=`) is read by the page itself.
              loader: prefetch((c, { request }) => {
                if (!new URL(request.url).searchParams.has('kind')) void c.prefetchQuery(topicsIndexQuery());
              }),
              lazy: () => import('../routes/TopicsRoute'),
            },
            {
              path: 'topics/:id',
              loader: prefetch((c, { params }) => {
                if (isSlug(params.id)) void c.prefetchQuery(topicQuery(params.id));
              }),
              lazy: () => import('../routes/TopicRoute'),
            },
            {
              path: 'topics/:id/page/:page',
              loader: prefetch((c, { params }) => {
                const page = pageSegment(params.page);
                if (isSlug(params.id) && page) void c.prefetchQuery(topicQuery(params.id, page));
              }),
              lazy: () => import('../routes/TopicRoute'),
            },
            {
              path: 'search',
              // The query in the address starts while the page module loads (the search code is in its own
              // chunk, loaded here in parallel; the first visit to any other page carries none of it).
              loader: prefetch((c, { request }) => {
                const q = new URL(request.url).searchParams.get('q') ?? '';
                void import('../features/search/useSearch').then((search) => {
                  if (q) search.startSearch(c, q);
                  else search.searchSource().root().catch(() => undefined);
                });
              }),
              // Typing updates `?q=` on every key: the page runs those searches itself.
              shouldRevalidate: () => false,
              lazy: () => import('../routes/SearchRoute'),
            },
            { path: '*', lazy: () => import('../routes/NotFoundRoute') },
          ],
        },
      ],
    },
  ];
}

/** The `:page` of a paged person or topic address: 2 or more, written plainly; else null (not a page to fetch). */
function pageSegment(segment: string | undefined): number | null {
  return segment && /^[1-9]\d*$/.test(segment) && segment !== '1' ? Number(segment) : null;
}

/** Routes without prefetching, for tests. */
export const routes = createRoutes();

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient), {
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
}

/** Resolves once the first page's module has loaded, so the first paint is the page, not a fallback. */
export function whenRouterReady(router: ReturnType<typeof createAppRouter>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}
