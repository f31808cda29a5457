/**
 * Render a component inside the app's providers (react-query + a memory router) for component tests.
 * Data is seeded straight into the query cache, or fetch is stubbed by the test; no network.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
}

/** Shows the current URL so tests can assert URL state (`?speaker=`, `?person=`). */
export function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}${location.hash}`}</div>;
}

export function renderWithProviders(
  element: ReactElement,
  {
    path = '/',
    url = '/',
    queryClient = createTestQueryClient(),
  }: { path?: string; url?: string; queryClient?: QueryClient } = {},
) {
  const router = createMemoryRouter(
    [
      {
        path,
        element: (
          <>
            {element}
            <LocationProbe />
          </>
        ),
      },
      { path: '*', element: <LocationProbe /> },
    ],
    { initialEntries: [url] },
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}

/**
 * The app's own route table at `url`, over a seeded cache. Pages suspend while their module loads, so
 * the render runs in an awaited act: React retries once the module is in.
 */
export async function renderAppAt(url: string, queryClient: QueryClient) {
  const { AppRoutes } = await import('../app/router');
  const router = createMemoryRouter([{ path: '*', element: <AppRoutes /> }], { initialEntries: [url] });
  await act(async () => {
    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
  });
  return router;
}
