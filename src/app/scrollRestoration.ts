import { useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * Scroll position across in-app navigations, as a multi-page site behaves: a new page (a link, a filter,
 * the next list page) starts at the top; Back and Forward return to where the reader was on that entry;
 * a replaced entry (toggling the speaker filter on an article) keeps the position. A `#q3` link within
 * the same page is left alone; the article scrolls to that quote once it is on screen.
 */
const positions = new Map<string, number>();
let currentKey = '';
let currentPath = '';

function remember(): void {
  if (currentKey) positions.set(currentKey, window.scrollY);
}

export function useScrollRestoration(): void {
  const { key, hash, pathname } = useLocation();
  const type = useNavigationType();

  useLayoutEffect(() => {
    if (!('scrollRestoration' in window.history)) return;
    window.history.scrollRestoration = 'manual';
    window.addEventListener('scroll', remember, { passive: true });
    return () => {
      window.removeEventListener('scroll', remember);
      window.history.scrollRestoration = 'auto';
    };
  }, []);

  useLayoutEffect(() => {
    const first = currentKey === '';
    const samePage = pathname === currentPath;
    currentKey = key;
    currentPath = pathname;
    if (first) return;
    if (type === 'POP') window.scrollTo(0, positions.get(key) ?? 0);
    else if (type === 'PUSH' && !(hash && samePage)) window.scrollTo(0, 0);
  }, [key, type, hash, pathname]);
}
