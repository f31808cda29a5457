/**
 * Registers the service worker (public/sw.js) in the built site, so stories already read open
 * offline. Not in development, where it would serve stale modules.
 *
 * The page a reader lands on first has loaded before the worker controls it, so none of its files went
 * through the worker's cache. Once the worker is active, the page tells it which addresses it loaded
 * outside the worker (itself, its scripts and styles, its data), and the worker stores them: the first
 * story read opens offline too. Files that finish loading later are told as they arrive.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => tellWorkerWhatLoaded(registration))
      .catch(() => {
        // Offline reading is an extra: the app works the same without it.
      });
  });
}

interface KeepMessage {
  type: 'keep';
  pages: string[];
  files: string[];
}

/** Whether an entry was loaded outside the service worker (its `workerStart` is 0 then). */
const outsideWorker = (entry: PerformanceResourceTiming) => entry.workerStart === 0;

function tellWorkerWhatLoaded(registration: ServiceWorkerRegistration): void {
  const worker = registration.active;
  if (!worker || typeof PerformanceObserver === 'undefined') return;
  const navigation = performance.getEntriesByType('navigation') as PerformanceResourceTiming[];
  const pages = navigation.length === 0 || navigation.some(outsideWorker) ? [window.location.href] : [];
  const origin = window.location.origin;
  const post = (files: string[]) => {
    if (pages.length || files.length) worker.postMessage({ type: 'keep', pages: pages.splice(0), files } satisfies KeepMessage);
  };
  const ownFiles = (entries: PerformanceEntryList) =>
    (entries as PerformanceResourceTiming[]).filter((entry) => outsideWorker(entry) && entry.name.startsWith(`${origin}/`)).map((entry) => entry.name);
  post([]);
  // `buffered` delivers what has loaded so far, then each file as it finishes.
  new PerformanceObserver((list) => post(ownFiles(list.getEntries()))).observe({ type: 'resource', buffered: true });
}
