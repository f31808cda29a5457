// A deliberately plain static file server (no rewrites, no SPA fallback), like a bucket behind a CDN:
// proves that deep links work from the built files alone. Unknown paths get the site's 404.html.
//
// It answers the way a CDN does (docs/performance.md, "Cache headers"), so that browser figures and
// Lighthouse see what readers get from a real host:
// - text types are compressed: brotli when the request accepts it, else gzip (`Vary: Accept-Encoding`);
//   compressed bodies are kept in memory (up to CACHE_BYTES) and reused while the file is unchanged;
// - every answer has a strong ETag (a hash of the file's bytes) and `If-None-Match` gets a 304;
// - `/assets/*` (content-hashed names) is `public, max-age=31536000, immutable`; sitemap.xml and
//   robots.txt `max-age=3600`; everything else (HTML, /data/*.json, sw.js …) `no-cache`. An error (the
//   404 page, a 400 for a malformed address) is `no-store`: a missing chunk must not stay missing for a
//   year in the reader's browser once the file is there.
// Dependency-free: node:http, node:zlib.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const [root = 'dist', port = '4174'] = process.argv.slice(2);
const base = path.resolve(root);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
/** Below this a compressed body saves less than its headers cost. */
const MIN_COMPRESS = 512;
/** Files above this are compressed at a CDN's on-the-fly levels instead of the slow, smallest ones. */
const BIG = 1024 * 1024;
/** Memory for file bodies (raw and compressed): least recently used entries go first. */
const CACHE_BYTES = 128 * 1024 * 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

function cacheControl(urlPath, file, status) {
  if (status !== 200) return 'no-store';
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  const name = path.basename(file);
  if (name === 'sitemap.xml' || name === 'robots.txt') return 'max-age=3600';
  return 'no-cache';
}

/** Picks the encoding a CDN would: brotli if accepted, then gzip, else none. */
function pickEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** path → { key (mtime + size), etag (the bytes' hash), bodies: Map<encoding, Promise<Buffer>>, bytes } in LRU order. */
const cache = new Map();
let cachedBytes = 0;

function entryFor(file, info) {
  const key = `${info.mtimeMs}:${info.size}`;
  const hit = cache.get(file);
  if (hit && hit.key === key) {
    cache.delete(file);
    cache.set(file, hit);
    return hit;
  }
  if (hit) forget(file, hit);
  const raw = readFile(file);
  const entry = {
    key,
    bytes: info.size,
    raw,
    etag: raw.then((bytes) => createHash('sha1').update(bytes).digest('base64url')),
    bodies: new Map([['identity', raw]]),
  };
  cache.set(file, entry);
  cachedBytes += entry.bytes;
  raw.catch(() => forget(file, entry));
  while (cachedBytes > CACHE_BYTES && cache.size > 1) {
    const [oldest, old] = cache.entries().next().value;
    forget(oldest, old);
  }
  return entry;
}

function forget(file, entry) {
  if (cache.get(file) !== entry) return;
  cache.delete(file);
  cachedBytes -= entry.bytes;
}

function body(file, entry, encoding) {
  let pending = entry.bodies.get(encoding);
  if (!pending) {
    const big = entry.bytes > BIG;
    pending = entry.raw.then((bytes) =>
      encoding === 'br'
        ? brotli(bytes, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: big ? 5 : 11,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          })
        : gzip(bytes, { level: big ? 6 : 9 }),
    );
    entry.bodies.set(encoding, pending);
    pending.then(
      (compressed) => {
        entry.bytes += compressed.length;
        if (cache.get(file) === entry) cachedBytes += compressed.length;
      },
      () => entry.bodies.delete(encoding),
    );
  }
  return pending;
}

async function resolveFile(urlPath) {
  const target = path.join(base, decodeURIComponent(urlPath));
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  const info = await stat(target).catch(() => null);
  if (info?.isFile()) return { file: target, info };
  if (info?.isDirectory()) {
    const index = path.join(target, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    if (indexInfo?.isFile()) return { file: index, info: indexInfo };
  }
  return null;
}

async function answer(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Cache-Control': 'no-store' }).end();
    return;
  }
  let urlPath;
  try {
    urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    decodeURIComponent(urlPath);
  } catch {
    // A malformed percent-encoding (`/articles/%E0%A4%A`): decodeURIComponent would throw.
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('bad request');
    return;
  }
  let found = await resolveFile(urlPath);
  let status = 200;
  if (!found) {
    status = 404;
    found = await resolveFile('/404.html');
  }
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('not found');
    return;
  }
  const { file, info } = found;
  const ext = path.extname(file);
  const entry = entryFor(file, info);
  const hash = await entry.etag;
  const compressible = COMPRESSIBLE.has(ext) && info.size >= MIN_COMPRESS;
  const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : 'identity';
  // Each encoding is its own representation, so its own strong validator (as Apache does it).
  const etag = encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding}"`;
  const headers = {
    'Content-Type': types[ext] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(urlPath, file, status),
    ETag: etag,
  };
  if (compressible) headers.Vary = 'Accept-Encoding';
  if (status === 200 && matches(req.headers['if-none-match'], hash)) {
    res.writeHead(304, headers).end();
    return;
  }
  const bytes = await body(file, entry, encoding);
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = bytes.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** Whether `If-None-Match` names this file's bytes, in any of its encodings. */
function matches(ifNoneMatch, hash) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t.replace(/^"|"$/g, '').replace(/-(br|gzip)$/, '') === hash;
  });
}

/**
 * A CDN serves the app's assets already compressed (or from its edge cache): compress /assets/ before
 * answering anything, so the first reader does not wait for brotli's slowest level.
 */
async function warmAssets() {
  const dir = path.join(base, 'assets');
  const names = await readdir(dir).catch(() => []);
  await Promise.all(
    names
      .filter((name) => COMPRESSIBLE.has(path.extname(name)))
      .map(async (name) => {
        const file = path.join(dir, name);
        const info = await stat(file);
        if (!info.isFile() || info.size < MIN_COMPRESS) return;
        const entry = entryFor(file, info);
        await Promise.all([body(file, entry, 'br'), body(file, entry, 'gzip')]);
      }),
  );
}

await warmAssets();
const server = createServer((req, res) => {
  answer(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Cache-Control': 'no-store' });
    res.end();
  });
});
// Port 0 picks a free port (the tests do): the line printed names the real one.
server.listen(Number(port), '127.0.0.1', () => console.log(`static server on http://127.0.0.1:${server.address().port} for ${base}`));
