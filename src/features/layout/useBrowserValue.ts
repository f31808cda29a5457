import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * `server` while React renders on the server and while it hydrates the pre-rendered page; `browser` from
 * the render after that (and at once in a page the browser draws itself). What only the browser knows — the
 * address's `#q3`, say — goes into the markup behind it, so hydration sees exactly the server's markup
 * and the browser-only part follows in the next render instead of being silently dropped.
 *
 * Only a value that differs from the server's costs that next render: React re-renders the component, and
 * everything under it, synchronously, in one task, right after hydrating. A flag that is always true in the
 * browser ("hydrated") did that for the whole article on every page load, hash or not.
 * Both values must be primitives (compared with Object.is).
 */
export function useBrowserValue<T extends string | number | boolean | null>(browser: T, server: T): T {
  return useSyncExternalStore(
    never,
    () => browser,
    () => server,
  );
}
