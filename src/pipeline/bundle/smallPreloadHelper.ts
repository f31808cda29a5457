/**
 * The browser build's dynamic imports use the app's preload helper (`src/app/preloadDeps.ts`) instead of
 * Vite's (docs/performance.md, "JS on first visit"). Vite adds `import { __vitePreload } from
 * "\0vite/preload-helper.js"` to every chunk with a dynamic import; this resolves that module to the app's
 * file, which exports the same function. Only for a site published at an absolute base (`/`, `/news/`):
 * the app's helper resolves files from the base, not from the importing chunk.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const VITE_PRELOAD_HELPER = '\0vite/preload-helper.js';
export const appPreloadHelper = fileURLToPath(new URL('../../app/preloadDeps.ts', import.meta.url));

export function smallPreloadHelper(): Plugin {
  let absoluteBase = true;
  return {
    name: 'verbatim-small-preload-helper',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      absoluteBase = config.base.startsWith('/');
    },
    resolveId(source) {
      return source === VITE_PRELOAD_HELPER && absoluteBase ? appPreloadHelper : null;
    },
  };
}
