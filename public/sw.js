// Verbatim's service worker: stories a reader has opened stay readable offline.
//
// - Pages (navigations): network first; offline, the cached copy of that page, else the cached app shell
//   (the app then routes on the client and reads the data from the cache).
// - Hashed assets under /assets/: cache first (their names change whenever their content does).
// - Data under /data/: network first, cached copy when offline. Except the search index (/data/search/):
//   a query reads a few of its many small files at a time, so a cached copy would only ever answer some
//   queries offline, and passing every one of those requests through the worker and its cache slows each
//   query down; they go straight to the network (and the browser's HTTP cache).
// - The first page a reader lands on loads before this worker controls it, so none of its files pass
//   through here: the page posts their addresses once the worker is active ({type: 'keep'}, from
//   src/features/offline/registerServiceWorker.ts), and they are fetched and stored too, so that first
//   story opens offline as well.
// Only a 200 whose Content-Type is what the address asks for (script, style, JSON, HTML) is ever stored:
// an error page, or a server's home page answered for a missing chunk, would otherwise be served as that
// file from then on. Only same-origin GET requests are handled; everything else goes straight to the
// network.
const VERSION = 'verbatim-v3';
const SHELL = '/';
/** At most this many addresses are taken from one 'keep' message. */
const KEEP_LIMIT = 300;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then(async (cache) => {
        const request = new Request(SHELL, { cache: 'reload' });
        const response = await fetch(request);
        if (!storable(request, response, true)) throw new Error(`the app shell answered ${response.status} ${response.headers.get('Content-Type')}`);
        await cache.put(request, response);
      })
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

self.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || message.type !== 'keep') return;
  const pages = Array.isArray(message.pages) ? message.pages : [];
  const files = Array.isArray(message.files) ? message.files : [];
  event.waitUntil(keep(pages.slice(0, KEEP_LIMIT), true).then(() => keep(files.slice(0, KEEP_LIMIT), false)));
});

/** What a stored response must be, by the address: null when any type will do. */
function expectedType(url, isPage) {
  const { pathname } = url;
  if (isPage || pathname.endsWith('/') || pathname.endsWith('.html')) return /^text\/html\b/i;
  if (/\.m?js$/.test(pathname)) return /^(text|application)\/(javascript|ecmascript)\b/i;
  if (pathname.endsWith('.css')) return /^text\/css\b/i;
  if (pathname.endsWith('.json')) return /^application\/([\w.-]+\+)?json\b/i;
  return null;
}

/** Whether a response may be kept for this request: a plain 200 of the type its address asks for. */
function storable(request, response, isPage = request.mode === 'navigate') {
  if (!response || response.status !== 200 || response.type === 'opaque' || response.redirected) return false;
  const expected = expectedType(new URL(request.url), isPage);
  return expected === null || expected.test(response.headers.get('Content-Type') ?? '');
}

async function networkFirst(request, fallback) {
  // The request leaves at once; opening the cache (a round trip to the browser process) is not on its way.
  const opening = caches.open(VERSION);
  opening.catch(() => undefined);
  try {
    const response = await fetch(request);
    if (storable(request, response)) {
      const copy = response.clone();
      void opening.then((cache) => cache.put(request, copy)).catch(() => undefined);
    }
    return response;
  } catch (error) {
    const cache = await opening;
    const cached = (await cache.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true })) ?? (fallback && (await fallback()));
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
  // The home page's markup and the data it was rendered from both go (the state holds no "<").
  const html = (await cached.text())
    .replace(/<div id="root">[\s\S]*?<\/div><!--\/prerender-->/, '<div id="root"></div>')
    .replace(/<script type="application\/json" id="verbatim-state"[^>]*>[^<]*<\/script>/, '');
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

async function cacheFirst(request) {
  const cache = await caches.open(VERSION);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (storable(request, response)) cache.put(request, response.clone());
  return response;
}

/**
 * Stores what the page loaded before this worker controlled it: pages (its own address) and its files
 * under /assets/ and /data/ (not the search index), each checked like any other response. A hashed
 * asset already stored is not fetched again; a failure costs that address only.
 */
async function keep(addresses, arePages) {
  const cache = await caches.open(VERSION);
  await Promise.all(
    addresses.map(async (address) => {
      let url;
      try {
        url = new URL(String(address), self.location.href);
      } catch {
        return;
      }
      url.hash = '';
      if (url.origin !== self.location.origin) return;
      const { pathname } = url;
      const isAsset = pathname.startsWith('/assets/');
      const isData = pathname.startsWith('/data/') && !pathname.startsWith('/data/search/');
      if (!arePages && !isAsset && !isData) return;
      if (isAsset && (await cache.match(url.href))) return;
      const request = new Request(url.href, arePages ? { headers: { Accept: 'text/html' } } : {});
      try {
        const response = await fetch(request);
        if (storable(request, response, arePages)) await cache.put(url.href, response);
      } catch {
        // Offline already, or the file is gone: nothing to keep.
      }
    }),
  );
}
