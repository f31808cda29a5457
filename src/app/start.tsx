import { startTransition } from 'react';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../data/queryClient';
import { readSiteSettingsFromPage } from '../features/layout/siteSettings';
import { AppTree } from './AppTree';
import { releaseEarlyPresses } from './earlyPresses';
import { restorePageState } from './pageState';
import { recordHydrationError, startRecordingHydrationErrors } from './hydrationErrors';
import { watchLinkIntent } from './linkIntent';
import { nextTask } from './nextTask';
import { AppRoutes, isUnknownAddress, prefetchAddress, preparePage } from './router';

/** The app itself, loaded by `src/main.tsx` once the page is on screen. */
const queryClient = createQueryClient();
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

const root = document.getElementById('root')!;

/** Once the app has committed (hydrated or drawn): presses made before it, then `<html data-app="ready">`. */
const app = (pressAgain: () => void) => (
  <AppTree
    client={queryClient}
    settings={readSiteSettingsFromPage()}
    // After the commit, in a task of its own: a press on a part React has not hydrated yet makes React
    // hydrate it at once, which it cannot do from inside its own commit (the press would be dropped).
    onCommit={() =>
      setTimeout(() => {
        pressAgain();
        document.documentElement.dataset.app = 'ready';
      })
    }
  >
    <BrowserRouter basename={basename}>
      <AppRoutes />
    </BrowserRouter>
  </AppTree>
);

// Evaluating this module and the shared chunk is a task of its own; the start-up's next steps (restoring the
// page's data, asking for its route's module, then React's start) each wait for a task of their own, so no single
// task holds the main thread for all of it while the painted page waits for a reader's input. (Not a
// top-level await: that changes how the build splits the entry's chunks.)
void nextTask().then(begin);

async function begin(): Promise<void> {
  // A built page was rendered by the same components (`app/renderPage.tsx`) from the data embedded beside
  // it: the cache starts from that data, and React hydrates the markup in place (nothing is drawn twice,
  // nothing moves). Without pre-rendered HTML (dev server, offline shell) the app renders from scratch.
  // Pages are built for bare paths: an address with a query (`/?person=…`, `/search?q=…`) draws a different
  // page than the one served, and is drawn afresh, as is a page whose module failed to download (it shows
  // the error view, which the server did not draw). 404.html, served for any unknown address, is the
  // not-found page of every address no route answers, so it is hydrated there.
  const embedded = document.getElementById('verbatim-state');
  if (embedded?.textContent) restorePageState(queryClient, embedded.textContent);
  const path = window.location.pathname.slice(basename === '/' ? 0 : basename.length) || '/';
  const servedFor = embedded?.dataset.route;
  const samePage = servedFor === path || (servedFor === '/404' && isUnknownAddress(window.location.pathname, basename));
  const prerendered = root.childElementCount > 0 && samePage && window.location.search === '';

  // A navigation's data starts before the router renders it. Back/Forward: this listener runs in the
  // `popstate` event itself, while React Router's render of the new address waits for its transition. A
  // link: when it is pressed or the mouse rests on it (linkIntent.ts).
  window.addEventListener('popstate', () => void prefetchAddress(queryClient, window.location, basename));
  watchLinkIntent(document, (url) => void prefetchAddress(queryClient, url, basename));

  // Matching the route and linking its module's files is a task of its own too.
  await nextTask();
  // React DOM is imported here, not statically: `src/main.tsx` starts its download alongside this module's,
  // and each evaluates in its own task (React DOM's start-up is the biggest single piece of script work).
  // The page's module is loaded before the first render, so hydration never suspends on it.
  void Promise.all([import('react-dom/client'), preparePage(queryClient, window.location, basename)])
    .then(async ([{ createRoot, hydrateRoot }, pageLoaded]) => {
      await nextTask();
      startTransition(() => {
        const pressAgain = once(releaseEarlyPresses());
        if (prerendered && pageLoaded) {
          startRecordingHydrationErrors();
          hydrateRoot(root, app(pressAgain), { onRecoverableError: recordHydrationError });
        } else createRoot(root).render(app(pressAgain));
      });
    })
    // React DOM failed to download: src/main.tsx, which imports it too, shows that.
    .catch(() => undefined);
}

/** `run`, at most once (StrictMode runs effects twice in development). */
function once(run: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    run();
  };
}
