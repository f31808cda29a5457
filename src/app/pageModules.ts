import type { ComponentType } from 'react';
import { PageLoadError, reloadOnceForThisBuild } from './pageLoadError';

export interface PageModule {
  Component: ComponentType;
}

/**
 * A promise that records its outcome the way React's `use()` reads it (`status`, `value`, `reason`), so
 * a module that has already loaded renders at once instead of suspending for a tick.
 */
export type Tracked<T> = Promise<T>;

/** A page module's download, and the address (location key) that first read it. */
interface Attempt {
  module: Tracked<PageModule>;
  /** null until a render reads it: the first page's download starts before the router has a location. */
  key: string | null;
}

const modules = new Map<object, Attempt>();

/**
 * The page's module, downloaded once. A failed download stays failed for the address that asked for it:
 * React reads the failure and the error boundary shows it. Dropping it at once would make React's next
 * render start a new download, fail, render again … a loop of requests many times a second that never
 * shows an error. It is tried again on the next navigation (a new location key) or on Retry.
 */
export function pageModule(page: { load: () => Promise<PageModule> }, key: string | null): Tracked<PageModule> {
  const attempt = modules.get(page);
  if (attempt) {
    if (attempt.key === null) attempt.key = key;
    const failed = (attempt.module as { status?: string }).status === 'rejected';
    if (!failed || key === null || attempt.key === key) return attempt.module;
  }
  const loading: Tracked<PageModule> = Object.assign(
    page.load().catch((reason: unknown) => {
      // Most often a redeploy: the new build has other chunk names. One reload fetches it; until the
      // page goes, the previous page (or the pre-rendered one) stays, so no error flashes by.
      if (reloadOnceForThisBuild()) return new Promise<never>(() => {});
      throw new PageLoadError(reason);
    }),
    { status: 'pending' },
  );
  // Block bodies: returning `loading` (what Object.assign returns) would chain a second, unhandled rejection.
  loading.then(
    (value) => {
      Object.assign(loading, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(loading, { status: 'rejected', reason });
    },
  );
  modules.set(page, { module: loading, key });
  return loading;
}

/** Forgets failed downloads, so the next render of their pages tries once more (the error view's Retry). */
export function retryFailedPages(): void {
  for (const [page, attempt] of modules) {
    if ((attempt.module as { status?: string }).status === 'rejected') modules.delete(page);
  }
}
