// Verbatim's service worker: stories a reader has opened stay readable offline.
//
// - Pages (navigations): network first; offline, the cached copy of that page, else the cached app shell
//   (the app then routes on the client and reads the data from the cache).
// - Hashed assets under /assets/: cache first (their names change whenever their content does).
// - Data under /data/: network first, cached copy when offline. Except the search index (/data/search/):
//   a query reads a few of its many small files at a time, so a cached copy would only ever answer some
//   queries offline, and passing every one of those requests through the worker and its cache slows each
//   query down; they go straight to the network (and the browser's HTTP cache).
// Only same-origin GET requests are handled; everything else goes straight to the network.
const VERSION = 'verbatim-v2';
const SHELL = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then((cache) => cache.add(new Request(SHELL, { cache: 'reload' })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== VERSION).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, emptyShell));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname.startsWith('/data/search/')) {
    return;
  } else if (url.pathname.startsWith('/data/')) {
    event.respondWith(networkFirst(request));
  }
});

async function networkFirst(request, fallback) {
  const cache = await caches.open(VERSION);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request, { ignoreSearch: request.mode === 'navigate' })) ?? (fallback && (await fallback()));
    if (cached) return cached;
    throw error;
  }
}

// The app shell for a page never visited, without the home page's pre-rendered stories in it: the app
// boots at once and shows its own state for that address (an error when its data is not cached),
// instead of the story list sitting under an article's address.
async function emptyShell() {
  const cached = await caches.match(SHELL);
  if (!cached) return undefined;
  const html = (await cached.text()).replace(/<div id="root">[\s\S]*?<\/div><!--\/prerender-->/, '<div id="root"></div>');
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

async function cacheFirst(request) {
  const cache = await caches.open(VERSION);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}
