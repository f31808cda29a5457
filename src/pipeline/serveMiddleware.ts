/**
 * The request handling that Verbatim adds to Vite's dev and preview servers (vitePlugin.ts), kept apart
 * so it can be tested without a server. Both are safe against any address a browser or a crawler may
 * send: a malformed percent-encoding (`/articles/%E0%A4%A`) gets a 400, never a thrown URIError.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

type Next = () => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** The decoded path, or null when its percent-encoding is malformed (decodeURIComponent would throw). */
export function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** A short plain answer that no browser or service worker keeps: errors are never cached. */
function plainError(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

export function badAddress(res: ServerResponse): void {
  plainError(res, 400, 'Bad request: the address is not valid percent-encoding.');
}

/**
 * `vite preview` (what `npm start` serves) falls back to the root index.html for every path. Instead:
 * - a route is answered with its own pre-rendered page, as a static host serves `articles/<id>/index.html`;
 * - a file that is not there (a path with an extension: an old build's chunk, a data file) gets a 404,
 *   not the home page with status 200, which a service worker or a script loader would take for the file;
 * - an address with no page of its own gets the built 404.html with status 404, as static hosts serve it
 *   (the app hydrates it as the not-found page), instead of the home page's markup under that address;
 * - a malformed address gets a 400.
 */
export function previewRoutes(outDir: string, base = '/'): Middleware {
  return (req, res, next) => {
    const [rawPath = '/', query] = (req.url ?? '/').split('?');
    const decoded = decodePath(rawPath);
    if (decoded === null) return badAddress(res);
    if (!decoded.startsWith(base)) return next();
    // The path inside the built folder (the site may be published under a base path).
    const pathname = decoded.slice(base.length - 1);
    if (pathname === '/') return next();
    const target = path.join(outDir, pathname);
    if (target !== outDir && !target.startsWith(outDir + path.sep)) return next();
    if (path.extname(pathname)) {
      void stat(target).then(
        (info) => (info.isFile() ? next() : plainError(res, 404, 'Not found.')),
        () => plainError(res, 404, 'Not found.'),
      );
      return;
    }
    void stat(path.join(target, 'index.html')).then(
      (info) => {
        if (!info.isFile()) return notFoundPage(outDir, res, next);
        req.url = `${rawPath.replace(/\/$/, '')}/index.html${query ? `?${query}` : ''}`;
        next();
      },
      () => notFoundPage(outDir, res, next),
    );
  };
}

/** Which precompressed copy to send: brotli if accepted, else gzip, else none (q=0 refuses one). */
export function acceptedCopy(acceptEncoding: string | string[] | undefined): '.br' | '.gz' | null {
  const accepted = new Map<string, number>();
  for (const part of String(acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? '.br' : ok('gzip') ? '.gz' : null;
}

/**
 * `vite preview`: a JSON file the build compressed (`<file>.br`, `<file>.gz`, see write/files.ts) is sent
 * as that copy with its `Content-Encoding`, as a CDN does, instead of being compressed per request. A copy
 * older than its file (a build killed between the two) is not used.
 */
export function precompressedFiles(outDir: string, base = '/'): Middleware {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const decoded = decodePath((req.url ?? '/').split('?')[0] ?? '/');
    if (decoded === null) return badAddress(res);
    if (!decoded.startsWith(base) || !decoded.endsWith('.json')) return next();
    const suffix = acceptedCopy(req.headers['accept-encoding']);
    const target = path.join(outDir, decoded.slice(base.length - 1));
    if (!suffix || !target.startsWith(outDir + path.sep)) return next();
    void Promise.all([stat(target), stat(target + suffix)]).then(
      ([file, copy]) => {
        if (!file.isFile() || !copy.isFile() || copy.mtimeMs < file.mtimeMs) return next();
        res.statusCode = 200;
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Content-Encoding', suffix === '.br' ? 'br' : 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('Content-Length', copy.size);
        if (req.method === 'HEAD') return void res.end();
        createReadStream(target + suffix).pipe(res);
      },
      () => next(),
    );
  };
}

/** The built 404.html with status 404 (never cached); without one, the server's own fallback. */
function notFoundPage(outDir: string, res: ServerResponse, next: Next): void {
  const file = path.join(outDir, '404.html');
  void stat(file).then(
    (info) => {
      if (!info.isFile()) return next();
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      createReadStream(file).pipe(res);
    },
    () => next(),
  );
}

/** `vite dev`: serves `<base>data/…` from the pipeline's output folder once its current run is done. */
export function devData(base: string, dataDir: string, ready: () => Promise<unknown>): Middleware {
  const prefix = `${base}data/`;
  return (req, res, next) => {
    const pathname = decodePath((req.url ?? '').split('?')[0] ?? '');
    if (pathname === null) return badAddress(res);
    if (!pathname.startsWith(prefix)) return next();
    const file = path.resolve(dataDir, pathname.slice(prefix.length));
    if (!file.startsWith(dataDir + path.sep)) return plainError(res, 403, 'Forbidden.');
    void ready()
      .then(() => stat(file))
      .then(
        (info) => {
          if (!info.isFile()) throw new Error('not a file');
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          createReadStream(file).pipe(res);
        },
        () => plainError(res, 404, 'Not found.'),
      );
  };
}
