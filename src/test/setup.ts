/**
 * Setup for component tests (jsdom). Vitest globals are off, so Testing Library cannot register its own
 * cleanup: do it here so each test starts with an empty document.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  document.title = '';
});

// jsdom has no layout engine: give the scrolling APIs harmless stand-ins so components that scroll to a
// quote can be rendered.
if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
