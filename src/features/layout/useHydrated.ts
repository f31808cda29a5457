import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while React renders on the server and while it hydrates the pre-rendered page; true from the
 * render after that (and at once in a page the browser draws itself). What only the browser knows — the
 * address's `#q3`, say — goes into the markup behind it, so hydration sees exactly the server's markup
 * and the browser-only part follows in the next render instead of being silently dropped.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
