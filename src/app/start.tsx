import { hydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { startTransition, StrictMode, useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../data/queryClient';
import { AppRoutes, preparePage } from './router';

/** The app itself, loaded by `src/main.tsx` once the page is on screen. */
const queryClient = createQueryClient();
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

const root = document.getElementById('root')!;

// A built page was rendered by the same components (`app/renderPage.tsx`) from the data embedded beside
// it: the cache starts from that data, and React hydrates the markup in place (nothing is drawn twice,
// nothing moves). Without pre-rendered HTML (dev server, offline shell) the app renders from scratch.
// Pages are built for bare paths: an address with a query (`/?person=…`, `/search?q=…`) draws a different
// page than the one served, and 404.html is served for any unknown address; both are drawn afresh.
const embedded = document.getElementById('verbatim-state');
if (embedded?.textContent) hydrate(queryClient, JSON.parse(embedded.textContent) as DehydratedState);
const path = window.location.pathname.slice(basename === '/' ? 0 : basename.length) || '/';
const prerendered = root.childElementCount > 0 && embedded?.dataset.route === path && window.location.search === '';

/** Marks the document once the app has committed (hydrated or drawn): `<html data-app="ready">`. */
function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <AppReady />
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={basename}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>
);

// React DOM is imported here, not statically: `src/main.tsx` starts its download alongside this module's,
// and each evaluates in its own task (React DOM's start-up is the biggest single piece of script work).
// The page's module is loaded before the first render, so hydration never suspends on it.
void Promise.all([import('react-dom/client'), preparePage(queryClient, window.location, basename)]).then(([{ createRoot, hydrateRoot }]) => {
  startTransition(() => {
    if (prerendered) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
})
  // React DOM failed to download: src/main.tsx, which imports it too, shows that.
  .catch(() => undefined);
