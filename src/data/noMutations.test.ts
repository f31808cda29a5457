import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { isQueryClientMutationCache } from '../pipeline/bundle/queryWithoutMutations';
import { MutationCache } from './noMutations';

const require = createRequire(import.meta.url);
const queryClientFile = path.join(path.dirname(require.resolve('@tanstack/query-core/package.json')), 'build', 'modern', 'queryClient.js');

describe('the always-empty mutation cache the browser build gives QueryClient', () => {
  it('answers every call QueryClient makes on its mutation cache', () => {
    // A query-core upgrade that asks the cache for something new must fail here, not in a reader's browser.
    const source = readFileSync(queryClientFile, 'utf8');
    const called = new Set([...source.matchAll(/this\.#mutationCache\.(\w+)/g)].map((m) => m[1]!));
    expect(called.size).toBeGreaterThan(0);
    for (const method of called) expect(typeof (MutationCache.prototype as unknown as Record<string, unknown>)[method], method).toBe('function');
  });

  it('lets a QueryClient mount, fetch, refocus, count mutations and clear', async () => {
    const client = new QueryClient({ mutationCache: new MutationCache() as never });
    client.mount();
    await expect(client.fetchQuery({ queryKey: ['k'], queryFn: () => 'v' })).resolves.toBe('v');
    expect(client.isMutating()).toBe(0);
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    client.clear();
    expect(client.getQueryData(['k'])).toBeUndefined();
    client.unmount();
  });

  it('replaces only QueryClient’s own import of the cache', () => {
    expect(isQueryClientMutationCache('./mutationCache.js', queryClientFile)).toBe(true);
    expect(isQueryClientMutationCache('./mutationCache.js', queryClientFile.replace('queryClient.js', 'mutationObserver.js'))).toBe(false);
    expect(isQueryClientMutationCache('./queryCache.js', queryClientFile)).toBe(false);
  });
});
