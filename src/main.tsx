import { showAppLoadFailure } from './app/appLoadFailure';
import { holdEarlyPresses } from './app/earlyPresses';
import { watchLateFonts } from './app/lateFonts';
import { registerServiceWorker } from './features/offline/registerServiceWorker';
import './styles/index.css';

/**
 * The entry is deliberately tiny. A pre-rendered page (every route of the built site) is complete and
 * readable without JavaScript, so the browser paints it first and only then fetches and runs the app
 * (`app/start.tsx`: React, the router, react-query and the page's module), which takes over once the
 * page's data is in. That keeps ~100 KB of script off the path to the first paint on a slow connection,
 * and its parsing and evaluation off the main thread while the page is laid out and painted. Without
 * pre-rendered HTML (the dev server, the offline shell) there is nothing to paint, so the app starts at
 * once.
 */
registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Two imports started together: React DOM (most of the script) and the app, which imports React DOM
// itself only when it renders. Each evaluates in its own task as soon as it has downloaded, instead of
// one long task for everything. Either failing to download ends in `showAppLoadFailure`, not a blank page.
// The fonts no first screen needs (the pull quotes' italic) are asked for once their text comes near the
// screen, never beside the HTML and the first screen's faces (app/lateFonts.ts); from here on, that is watched.
const start = () => {
  watchLateFonts(root);
  Promise.all([import('react-dom/client'), import('./app/start')]).catch(() => showAppLoadFailure(root));
};
// A pre-rendered page can be pressed before the app is there: its buttons' presses wait for it.
if (root.childElementCount > 0) holdEarlyPresses(root);
if (root.childElementCount === 0 || document.visibilityState !== 'visible') start();
else afterFirstPaint(start);

/**
 * Runs `next` once the browser reports the page's first contentful paint (the moment it was presented,
 * not just drawn); where paint timing is missing, after the next frame. A hidden tab, or no report within
 * a few seconds, starts it anyway.
 */
function afterFirstPaint(next: () => void): void {
  let started = false;
  let observer: PerformanceObserver | undefined;
  const go = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', go);
    next();
  };
  const timer = setTimeout(go, 5000);
  document.addEventListener('visibilitychange', go);
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) go();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(go, 0));
  }
}
