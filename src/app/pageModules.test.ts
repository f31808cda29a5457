import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageLoadError } from './pageLoadError';
import { pageModule, retryFailedPages, type PageModule } from './pageModules';

// The automatic reload after a failed download is tested end to end (e2e/sample/pageModule.spec.ts).
vi.mock('./pageLoadError', async (original) => ({
  ...(await original<typeof import('./pageLoadError')>()),
  reloadOnceForThisBuild: () => false,
}));

afterEach(() => retryFailedPages());

const settle = (promise: Promise<unknown>) => promise.then(
  () => 'ok',
  (reason: unknown) => reason,
);

describe('page modules', () => {
  it('keeps a failed download failed for the address that asked, so rendering again does not ask again', async () => {
    const load = vi.fn(() => Promise.reject<PageModule>(new TypeError('Failed to fetch dynamically imported module')));
    const page = { load };
    const first = pageModule(page, 'a');
    expect(await settle(first)).toBeInstanceOf(PageLoadError);
    // React renders the page again after the failure, and again in StrictMode: the same failure each time.
    for (let i = 0; i < 5; i++) expect(pageModule(page, 'a')).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    expect((first as unknown as { status: string }).status).toBe('rejected');
  });

  it('tries again on the next navigation and on Retry, once each', async () => {
    const load = vi.fn(() => Promise.reject<PageModule>(new TypeError('offline')));
    const page = { load };
    await settle(pageModule(page, 'a'));
    await settle(pageModule(page, 'b'));
    expect(pageModule(page, 'b')).toBe(pageModule(page, 'b'));
    expect(load).toHaveBeenCalledTimes(2);
    retryFailedPages();
    await settle(pageModule(page, 'b'));
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('lets the first page’s download, started before the router has a location, belong to the first render', async () => {
    const load = vi.fn(() => Promise.reject<PageModule>(new TypeError('gone')));
    const page = { load };
    const early = pageModule(page, null);
    await settle(early);
    expect(pageModule(page, 'first-render')).toBe(early);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('downloads a module that loads only once, whatever the address', async () => {
    const module: PageModule = { Component: () => null };
    const load = vi.fn(() => Promise.resolve(module));
    const page = { load };
    expect(await pageModule(page, 'a')).toBe(module);
    expect(await pageModule(page, 'b')).toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
