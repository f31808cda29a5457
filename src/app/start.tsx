import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../data/queryClient';
import { whenFirstDataSettled } from './prerenderHandoff';
import { AppRoutes, preparePage } from './router';

/** The app itself, loaded by `src/main.tsx` once the page is on screen. */
const queryClient = createQueryClient();
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

const root = document.getElementById('root')!;

// Pre-rendered HTML (from the build) stays on screen until the page module and its data are ready,
// instead of being swapped for a loading skeleton and back. Without pre-rendered HTML, the page's
// skeleton shows as soon as its module is there. A failed load still ends in the app's error state,
// after the wait.
//
// The first render is a transition: React renders in slices of a few milliseconds and yields between
// them, so a long page does not hold the main thread in one long task; the pre-rendered HTML stays
// until the finished page is committed.
const prerendered = root.childElementCount > 0;
// React DOM is imported here, not statically: `src/main.tsx` starts its download alongside this module's,
// and each evaluates in its own task (React DOM's start-up is the biggest single piece of script work).
void Promise.all([import('react-dom/client'), preparePage(queryClient, window.location, basename)])
  .then(async ([{ createRoot }]) => {
    if (prerendered) await whenFirstDataSettled(queryClient, 8000);
    return createRoot;
  })
  .then((createRoot) => {
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter basename={basename}>
              <AppRoutes />
            </BrowserRouter>
          </QueryClientProvider>
        </StrictMode>,
      );
    });
  })
  // React DOM failed to download: src/main.tsx, which imports it too, shows that.
  .catch(() => undefined);
