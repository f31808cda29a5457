import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedCopy, decodePath, devData, precompressedFiles, previewRoutes, type Middleware } from './serveMiddleware.ts';

let dir = '';
const servers: Server[] = [];

/** Serves `middleware` on a free port; what it passes on is answered `next <url>`, as Vite's own handlers would take over. */
async function serve(middleware: Middleware): Promise<string> {
  const server = createServer((req, res) =>
    middleware(req, res, () => {
      res.setHeader('Content-Type', 'text/plain');
      res.end(`next ${req.url}`);
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verbatim-serve-'));
  await mkdir(path.join(dir, 'articles/harbour-vote'), { recursive: true });
  await mkdir(path.join(dir, 'assets'));
  await mkdir(path.join(dir, 'data/articles'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>home</title>');
  await writeFile(path.join(dir, 'articles/harbour-vote/index.html'), '<!doctype html><title>story</title>');
  await writeFile(path.join(dir, 'assets/app-1234.js'), 'export {};');
  await writeFile(path.join(dir, 'data/articles/harbour-vote.json'), '{"id":"harbour-vote"}');
});
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await rm(dir, { recursive: true, force: true });
});

describe('decodePath', () => {
  it('decodes, and returns null instead of throwing on a malformed percent-encoding', () => {
    expect(decodePath('/people/%C3%A9lise')).toBe('/people/élise');
    expect(decodePath('/articles/%E0%A4%A')).toBeNull();
    expect(decodePath('/%')).toBeNull();
  });
});

describe('the preview server’s routes', () => {
  it('answers a malformed address with a 400 and keeps serving', async () => {
    const origin = await serve(previewRoutes(dir));
    for (const bad of ['/articles/%E0%A4%A', '/assets/%E0%A4%A.js', '/%']) {
      const response = await fetch(origin + bad);
      expect(response.status, bad).toBe(400);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(await (await fetch(`${origin}/articles/harbour-vote`)).text()).toBe('next /articles/harbour-vote/index.html');
  });

  it('answers a missing file with a 404 that is never cached, not the home page', async () => {
    const origin = await serve(previewRoutes(dir));
    for (const missing of ['/assets/app-0000.js', '/data/articles/gone.json', '/assets/style-0000.css']) {
      const response = await fetch(origin + missing);
      expect(response.status, missing).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    }
    expect(await (await fetch(`${origin}/assets/app-1234.js`)).text()).toBe('next /assets/app-1234.js');
  });

  it('serves each route its own pre-rendered page, keeping the query, and an unknown page the built 404.html', async () => {
    const origin = await serve(previewRoutes(dir));
    expect(await (await fetch(`${origin}/articles/harbour-vote/?from=list`)).text()).toBe('next /articles/harbour-vote/index.html?from=list');
    expect(await (await fetch(`${origin}/`)).text()).toBe('next /');
    // Without a 404.html, the server's own fallback answers; with one, it does, as a 404.
    expect(await (await fetch(`${origin}/no/such/page`)).text()).toBe('next /no/such/page');
    await writeFile(path.join(dir, '404.html'), '<!doctype html><title>not found</title>');
    const missing = await fetch(`${origin}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(await missing.text()).toBe('<!doctype html><title>not found</title>');
    await rm(path.join(dir, '404.html'));
  });

  it('works under a base path', async () => {
    const origin = await serve(previewRoutes(dir, '/archive/'));
    expect(await (await fetch(`${origin}/archive/articles/harbour-vote`)).text()).toBe('next /archive/articles/harbour-vote/index.html');
    expect((await fetch(`${origin}/archive/assets/app-0000.js`)).status).toBe(404);
    expect(await (await fetch(`${origin}/elsewhere.js`)).text()).toBe('next /elsewhere.js');
  });
});

describe('the dev server’s data', () => {
  it('serves data files, 404s missing ones and 400s a malformed address without throwing', async () => {
    const origin = await serve(devData('/', path.join(dir, 'data'), () => Promise.resolve()));
    const found = await fetch(`${origin}/data/articles/harbour-vote.json`);
    expect(found.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await found.json()).toEqual({ id: 'harbour-vote' });
    expect((await fetch(`${origin}/data/articles/gone.json`)).status).toBe(404);
    expect((await fetch(`${origin}/data/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${origin}/data/..%2F..%2Fetc%2Fpasswd`)).status).toBe(403);
    expect(await (await fetch(`${origin}/articles/harbour-vote`)).text()).toBe('next /articles/harbour-vote');
  });
});

describe('precompressedFiles (vite preview)', () => {
  it('sends the build’s .br or .gz copy with its encoding, and passes on what has no (fresh) copy', async () => {
    const text = JSON.stringify({ words: 'made-up ferry words '.repeat(40) });
    const marked = text.replace('ferry', 'copy');
    await writeFile(path.join(dir, 'data/list.json'), text);
    await writeFile(path.join(dir, 'data/list.json.br'), brotliCompressSync(marked));
    await writeFile(path.join(dir, 'data/list.json.gz'), gzipSync(marked));
    const origin = await serve(precompressedFiles(dir));
    for (const [accept, encoding] of [['gzip, br', 'br'], ['gzip', 'gzip']] as const) {
      const response = await fetch(`${origin}/data/list.json`, { headers: { 'Accept-Encoding': accept } });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(await response.text()).toBe(marked);
    }
    expect(await (await fetch(`${origin}/data/list.json`, { headers: { 'Accept-Encoding': 'identity' } })).text()).toBe('next /data/list.json');
    expect(await (await fetch(`${origin}/data/articles/harbour-vote.json`)).text()).toBe('next /data/articles/harbour-vote.json');
    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(dir, 'data/list.json.br'), past, past);
    expect(await (await fetch(`${origin}/data/list.json`, { headers: { 'Accept-Encoding': 'br' } })).text()).toBe('next /data/list.json');
  });

  it('reads Accept-Encoding as a CDN does', () => {
    expect(acceptedCopy('gzip, deflate, br')).toBe('.br');
    expect(acceptedCopy('br;q=0, gzip')).toBe('.gz');
    expect(acceptedCopy('identity')).toBeNull();
    expect(acceptedCopy(undefined)).toBeNull();
  });
});
