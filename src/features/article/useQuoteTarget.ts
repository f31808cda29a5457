import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useBrowserValue } from '../layout/useBrowserValue';

const QUOTE_HASH = /^#(q\d+)$/;

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The quote named by the URL hash (`#q3`), if the article has it. Once the article is on screen, scroll to
 * the quote and move focus to it, so keyboard and screen-reader users land where sighted users look.
 * (The browser's own jump to the hash may happen before the data has arrived, so it cannot do this.)
 */
export function useQuoteTarget(quoteIds: readonly string[] | undefined): string | null {
  const { hash } = useLocation();
  // The server never sees the hash: a pre-rendered page is hydrated unmarked, then marked (a page without
  // a quote in its address is not rendered again).
  const match = QUOTE_HASH.exec(hash);
  const target = useBrowserValue(match && quoteIds?.includes(match[1]!) ? match[1]! : null, null);

  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target);
    if (!element) return;
    // A quote the reader just clicked is already in view: marking it must not move the page.
    const box = element.getBoundingClientRect();
    const inView = box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    if (!inView) element.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    element.focus({ preventScroll: true });
  }, [target]);

  return target;
}
