/**
 * The route table. Every page module is lazy-loaded, so the first visit downloads the shell and only the
 * page it opens. Route modules export `Component` (react-router's lazy convention).
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShellFallback } from '../routes/AppShellFallback';
import { RootLayout } from '../routes/RootLayout';
import { RouteError } from '../routes/RouteError';

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    HydrateFallback: AppShellFallback,
    // Anything a page throws while rendering lands here, inside the layout: never a blank page.
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('../routes/ListRoute') },
          { path: 'articles/:id', lazy: () => import('../routes/ArticleRoute') },
          { path: 'people', lazy: () => import('../routes/PeopleRoute') },
          { path: 'people/:id', lazy: () => import('../routes/PersonRoute') },
          { path: '*', lazy: () => import('../routes/NotFoundRoute') },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}
