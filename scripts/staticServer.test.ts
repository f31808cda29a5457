/**
 * The plain static server (scripts/static-server.mjs) that serves the corpus and hostile sites in the
 * end-to-end tests, and that docs/performance.md measures as a CDN: errors are never cached, and a
 * malformed address gets a 400 without taking the server down.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir = '';
let server: ChildProcess | undefined;
let origin = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verbatim-static-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>home</title>');
  await writeFile(path.join(dir, '404.html'), '<!doctype html><title>Page not found</title>');
  await writeFile(path.join(dir, 'assets/app-1234.js'), 'export const app = 1;\n');
  const child = spawn(process.execPath, [path.resolve('scripts/static-server.mjs'), dir, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  server = child;
  // The server prints its address once it listens (port 0: a free one).
  origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
});
afterAll(async () => {
  server?.kill();
  await rm(dir, { recursive: true, force: true });
});

describe('static server', () => {
  it('caches a hashed asset for a year, but never the 404 for a missing one', async () => {
    const found = await fetch(`${origin}/assets/app-1234.js`);
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${origin}/assets/app-0000.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(await missing.text()).toContain('Page not found');
    expect((await fetch(`${origin}/articles/not-here`)).headers.get('cache-control')).toBe('no-store');
  });

  it('sends the build’s precompressed copy as it is, with its encoding, unless it is older than its file', async () => {
    await mkdir(path.join(dir, 'data'), { recursive: true });
    const file = path.join(dir, 'data/page.json');
    const text = JSON.stringify({ words: 'made-up harbour words '.repeat(40) });
    await writeFile(file, text);
    // The copies hold a marked body, so the answer shows whether the copy or a fresh compression was sent.
    const marked = text.replace('harbour', 'copy');
    await writeFile(`${file}.br`, brotliCompressSync(marked));
    await writeFile(`${file}.gz`, gzipSync(marked));
    for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip']] as const) {
      const response = await fetch(`${origin}/data/page.json`, { headers: { 'Accept-Encoding': accept } });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.text()).toBe(marked);
    }
    const other = path.join(dir, 'data/other.json');
    await writeFile(other, text);
    await writeFile(`${other}.br`, brotliCompressSync(marked));
    const past = new Date(Date.now() - 60_000);
    await utimes(`${other}.br`, past, past);
    const fresh = await fetch(`${origin}/data/other.json`, { headers: { 'Accept-Encoding': 'br' } });
    expect(fresh.headers.get('content-encoding')).toBe('br');
    expect(await fresh.text()).toBe(text);
  });

  it('answers a malformed percent-encoding with a 400 and keeps serving', async () => {
    for (const bad of ['/articles/%E0%A4%A', '/assets/%E0%A4%A.js', '/%']) {
      const response = await fetch(origin + bad);
      expect(response.status, bad).toBe(400);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect((await fetch(`${origin}/`)).status).toBe(200);
    expect(server?.exitCode).toBeNull();
  });
});
