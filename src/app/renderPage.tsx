/**
 * The one entry the build's pipeline may import from the app (eslint enforces it): renders a page with
 * react-dom/server from the same components, routes and react-query hooks the browser uses, so the
 * pre-rendered HTML is exactly what the browser's `hydrateRoot` expects (see `start.tsx`).
 *
 * The page's data goes through the app's own route `prefetch` and queries, answered from the files the
 * pipeline has just written (`readData`), so the query keys cannot drift from the browser's. The cache is
 * returned as JSON (`pageState.ts`: keys and data, no timestamps), to be embedded in the page; the browser
 * starts from it without a request.
 */
import type { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { dataRoot } from '../data/dataRoot';
import { setDataFetch } from '../data/fetchJson';
import { createQueryClient } from '../data/queryClient';
import type { SiteSettings } from '../content/schema';
import { AppTree } from './AppTree';
import { pageStateJson } from './pageState';
import { AppRoutes, preparePage } from './router';

/** Reads one data file by its path under the data root (`articles/<id>.json`); null when there is none. */
export type ReadData = (path: string) => Promise<string | null>;

export interface RenderedPage {
  /** The markup of `#root`. */
  html: string;
  /** The react-query cache the page was rendered from, as JSON (the caller escapes it for a script tag). */
  state: string;
}

/**
 * `settings` are the collection's (site.json): the browser reads the same values from the page's
 * `<meta name="verbatim-site">`, so the header, footer and titles hydrate unchanged.
 */
export async function renderPage(url: string, readData: ReadData, settings: SiteSettings): Promise<RenderedPage> {
  setDataFetch(async (dataUrl) => {
    const text = dataUrl.startsWith(dataRoot) ? await readData(dataUrl.slice(dataRoot.length)) : null;
    return text === null ? new Response('', { status: 404 }) : new Response(text, { headers: { 'content-type': 'application/json' } });
  });
  const client = createQueryClient({ server: true });
  const location = new URL(url, 'http://localhost');
  await preparePage(client, location, undefined, { server: true });
  await settled(client);
  // The page's module and data are ready, so nothing suspends and one synchronous pass renders it all
  // inline (streaming renderers outline large Suspense boundaries behind an inline script, which the
  // site's Content-Security-Policy would block). A boundary that still suspended is a bug: say so.
  const html = renderToString(
    <AppTree client={client} settings={settings}>
      <StaticRouter location={location.pathname + location.search}>
        <AppRoutes />
      </StaticRouter>
    </AppTree>,
  );
  if (html.includes('<!--$!-->') || html.includes('<!--$?-->')) throw new Error(`${url}: part of the page suspended while pre-rendering`);
  const state = pageStateJson(client, url);
  client.clear();
  return { html, state };
}


/** Resolves once no query is fetching: the page's data requests, started by its route, have settled. */
function settled(client: QueryClient): Promise<void> {
  if (client.isFetching() === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = client.getQueryCache().subscribe(() => {
      if (client.isFetching() > 0) return;
      unsubscribe();
      resolve();
    });
  });
}
