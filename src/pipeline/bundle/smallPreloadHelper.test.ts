import { existsSync } from 'node:fs';
import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { appPreloadHelper, smallPreloadHelper, VITE_PRELOAD_HELPER } from './smallPreloadHelper';

/** The plugin's resolveId for a site published at `base`. */
function resolverFor(base: string): (source: string) => unknown {
  const plugin = smallPreloadHelper();
  (plugin.configResolved as (config: ResolvedConfig) => void)({ base } as ResolvedConfig);
  return (source) => (plugin.resolveId as (source: string) => unknown)(source);
}

describe('smallPreloadHelper', () => {
  it('gives Vite’s preload helper module the app’s, for a site at an absolute base', () => {
    expect(existsSync(appPreloadHelper)).toBe(true);
    expect(resolverFor('/')(VITE_PRELOAD_HELPER)).toBe(appPreloadHelper);
    expect(resolverFor('/news/')(VITE_PRELOAD_HELPER)).toBe(appPreloadHelper);
    expect(resolverFor('/')('./preloadDeps')).toBeNull();
  });

  it('leaves Vite’s own for a relative base, where files resolve from the importing chunk', () => {
    expect(resolverFor('./')(VITE_PRELOAD_HELPER)).toBeNull();
  });
});
