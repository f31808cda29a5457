/**
 * Page renderers for tests of the page writer: the app's own render entry over data files held in memory
 * or written to a folder, as the build's `appRenderer.ts` does without Vite's module loader.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderPage } from '../app/renderPage';
import type { SiteSettings } from '../content/schema';
import { DEFAULT_SITE_SETTINGS } from '../content/siteSettings';
import type { LinkedCollection } from '../pipeline/link/index';
import { renderOutput } from '../pipeline/write/render';
import type { RenderRoute } from '../pipeline/write/site';

/** Renders from data files by path under the data root (`articles/<id>.json` → its JSON). */
export function renderFromFiles(files: ReadonlyMap<string, string>, settings: SiteSettings = DEFAULT_SITE_SETTINGS): RenderRoute {
  return (url) => renderPage(url, (file) => Promise.resolve(files.get(file) ?? null), settings);
}

/** Renders from the data folder a pipeline run wrote (`<out>/data`). */
export function renderFromFolder(dataDir: string, settings: SiteSettings = DEFAULT_SITE_SETTINGS): RenderRoute {
  const read = (file: string) =>
    readFile(path.join(dataDir, ...file.split('/')), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
  return (url) => renderPage(url, read, settings);
}

/** Renders from the data files the pipeline would write for `collection`, held in memory. */
export function renderFromCollection(collection: LinkedCollection, settings: SiteSettings = DEFAULT_SITE_SETTINGS): RenderRoute {
  const report = { read: 0, written: 0, rejected: [], ignored: [], warnings: [] };
  return renderFromFiles(new Map([...renderOutput(collection, report)].map(([file, text]) => [file, text])), settings);
}
