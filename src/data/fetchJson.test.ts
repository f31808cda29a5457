import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError, NotFoundError } from './errors';
import { fetchJson } from './fetchJson';

function answer(body: string, init: ResponseInit & { type?: string } = {}) {
  const headers = new Headers({ 'content-type': init.type ?? 'application/json' });
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { ...init, headers })));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchJson', () => {
  it('returns the parsed JSON of a good answer', async () => {
    answer('{"headline":"Ferry timetable changes"}');
    await expect(fetchJson('/data/x.json')).resolves.toEqual({ headline: 'Ferry timetable changes' });
  });

  it('throws NotFoundError on 404', async () => {
    answer('nope', { status: 404, type: 'text/plain' });
    await expect(fetchJson('/data/missing.json')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('treats an HTML fallback page as not found', async () => {
    answer('<!doctype html><title>app</title>', { status: 200, type: 'text/html; charset=utf-8' });
    await expect(fetchJson('/data/missing.json')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('throws DataError with the status on a server error', async () => {
    answer('oops', { status: 500, type: 'text/plain' });
    const error = await fetchJson('/data/x.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).status).toBe(500);
  });

  it('throws DataError when the body is not JSON', async () => {
    answer('{not json', { status: 200 });
    await expect(fetchJson('/data/x.json')).rejects.toBeInstanceOf(DataError);
  });

  it('throws DataError when the network fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    const error = await fetchJson('/data/x.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).status).toBeNull();
  });
});
