/**
 * Loads the app's one render entry (`src/app/renderPage.tsx`) for the build: through Vite's SSR module
 * loader, so JSX, CSS imports and `import.meta.env` resolve as in the browser build. The pipeline imports
 * nothing else from the app (eslint enforces it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer } from 'vite';
import type * as RenderEntry from '../../app/renderPage.tsx';
import type { SiteSettings } from '../../content/schema.ts';
import type { RenderRoute } from './site.ts';

export interface AppRenderer {
  render: RenderRoute;
  close: () => Promise<void>;
}

/** `dataDir`: the folder the pipeline wrote the public JSON to (`dist/data`); `settings`: the collection's site.json. */
export async function loadAppRenderer(root: string, dataDir: string, settings: SiteSettings): Promise<AppRenderer> {
  const server = await createServer({
    root,
    configFile: false,
    appType: 'custom',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const entry = (await server.ssrLoadModule('/src/app/renderPage.tsx')) as typeof RenderEntry;
  const readData = (file: string) =>
    readFile(path.join(dataDir, ...file.split('/')), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
  return { render: (url) => entry.renderPage(url, readData, settings), close: () => server.close() };
}
