import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RouteError } from '../routes/RouteError';
import { createTestQueryClient } from '../test/render';
import { routes } from './router';

function renderAt(url: string, routeTable = routes) {
  const router = createMemoryRouter(routeTable, { initialEntries: [url] });
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

afterEach(() => vi.restoreAllMocks());

describe('app routes', () => {
  it('shows the 404 page inside the site layout for an unknown address', async () => {
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('contentinfo').textContent).toContain('invented');
    // The skip link is the first focusable element and targets main.
    expect(document.querySelector('a, button, input')?.getAttribute('href')).toBe('#main');
  });

  it('shows an error view, not a blank page, when a page crashes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('kaboom');
    }
    renderAt('/', [{ path: '/', errorElement: <RouteError />, Component: Broken }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
