/**
 * The plain static server (scripts/static-server.mjs) that serves the corpus and hostile sites in the
 * end-to-end tests, and that docs/performance.md measures as a CDN: errors are never cached, and a
 * malformed address gets a 400 without taking the server down.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
