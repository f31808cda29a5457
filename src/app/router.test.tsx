import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { RouteErrorBoundary } from '../routes/RouteError';
import { createTestQueryClient } from '../test/render';
import { AppRoutes, preparePage } from './router';

/** As the app starts: the page's module first (main.tsx waits for it), then the first render. */
async function renderAt(url: string) {
  const client = createTestQueryClient();
  await preparePage(client, { pathname: url, search: '' });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('app routes', () => {
  it('shows the 404 page inside the site layout for an unknown address', async () => {
    await renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main');
    // No settings in the page (a bare test document): the neutral default footer, no claim about the stories.
    expect(screen.getByRole('contentinfo').textContent).toContain('A reader for news archives');
    expect(screen.getByRole('contentinfo').textContent).not.toContain('invented');
    // The skip link is the first focusable element and targets main.
    expect(document.querySelector('a, button, input')?.getAttribute('href')).toBe('#main');
  });

  it('shows an error view, not a blank page, when a page crashes, and leaves it on the next address', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('kaboom');
    }
    const { rerender } = render(
      <RouteErrorBoundary resetKey="/a">
        <Broken />
      </RouteErrorBoundary>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(screen.queryByText('kaboom')).toBeNull();
    rerender(
      <RouteErrorBoundary resetKey="/b">
        <p>Next page</p>
      </RouteErrorBoundary>,
    );
    expect(screen.getByText('Next page')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).toBeNull();
  });
});
