import { act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataPaths } from '../content/dataPaths';
import { DEFAULT_SITE_SETTINGS } from '../content/siteSettings';
import { setDataFetch } from '../data/fetchJson';
import { createQueryClient } from '../data/queryClient';
import { sampleArticle, samplePersonPage } from '../test/fixtures';
import { AppTree } from './AppTree';
import { restorePageState } from './pageState';
import { renderPage } from './renderPage';
import { AppRoutes, preparePage } from './router';

// What the build has written, by data path: a story with quotes (and `$` patterns in its text) and a person.
const article = { ...sampleArticle, headline: `${sampleArticle.headline} costs $' and $&` };
const files = new Map<string, string>([
  [dataPaths.article(article.id), JSON.stringify(article)],
  [dataPaths.person(samplePersonPage.person.id), JSON.stringify(samplePersonPage)],
]);
const readData = (path: string) => Promise.resolve(files.get(path) ?? null);

// A hydrated page can render again after hydration (useBrowserValue): React's act() must know it is in charge.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  setDataFetch((url, init) => fetch(url, init));
  document.body.innerHTML = '';
});

/** Markup as the DOM serialises it (`dateTime` → `datetime`, `&#x27;` → `'`). */
function viaDom(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.innerHTML;
}

/** Drops comments (React's text separators) and spells useId's ids one way, as a server and a client render differ there. */
const normalise = (html: string) => viaDom(html).replace(/<!--.*?-->/g, '').replace(/_[rR]_[A-Za-z0-9]*_/g, '_id_');

/** The page drawn in the browser from the embedded cache: hydrated over `html`, or from scratch. */
async function browserRender(url: string, state: string, html: string | null) {
  const client = createQueryClient();
  restorePageState(client, state);
  await preparePage(client, new URL(url, 'http://localhost'));
  const container = document.createElement('div');
  document.body.append(container);
  // The browser's tree (start.tsx) with a memory router: the same shape as the server's.
  const app = (
    <AppTree client={client} settings={DEFAULT_SITE_SETTINGS} onCommit={() => undefined}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
      </MemoryRouter>
    </AppTree>
  );
  const recoverable: unknown[] = [];
  await act(async () => {
    if (html === null) createRoot(container).render(app);
    else {
      container.innerHTML = html;
      hydrateRoot(container, app, { onRecoverableError: (error) => recoverable.push(error) });
    }
  });
  return { container, recoverable };
}

// Server and browser renders of whole pages: seconds each on a busy machine.
describe('renderPage: one markup source', { timeout: 30_000 }, () => {
  it.each([`/articles/${article.id}`, `/people/${samplePersonPage.person.id}`])('%s hydrates without a mismatch and matches a browser-only render', async (url) => {
    const { html, state } = await renderPage(url, readData, DEFAULT_SITE_SETTINGS);
    expect(html).toContain('<h1');
    const consoleErrors = vi.spyOn(console, 'error');
    const hydrated = await browserRender(url, state, html);
    // Development React logs every text or attribute mismatch; production would redraw or keep the server's.
    expect(consoleErrors.mock.calls.map((call) => String(call[0]))).toEqual([]);
    expect(hydrated.recoverable).toEqual([]);
    expect(normalise(hydrated.container.innerHTML)).toBe(normalise(html));
    const fresh = await browserRender(url, state, null);
    expect(normalise(fresh.container.innerHTML)).toBe(normalise(html));
    consoleErrors.mockRestore();
  });

  it('renders the article with its quotes and $ patterns as text, and embeds the story it read', async () => {
    const { html, state } = await renderPage(`/articles/${article.id}`, readData, DEFAULT_SITE_SETTINGS);
    expect(html).toContain(`costs $’ and $&amp;</h1>`);
    expect(html).toMatch(/<mark|class="quote/);
    expect(JSON.parse(state)).toEqual([[['article', article.id], article]]);
  });

  it('renders the 404 page (an address no route has) as the app’s not-found view, with nothing to embed', async () => {
    const { html, state } = await renderPage('/404', readData, DEFAULT_SITE_SETTINGS);
    expect(html).toMatch(/not found/i);
    expect(JSON.parse(state)).toEqual([]);
  });

  it('writes the same bytes for the same data: no timestamps in the embedded state', async () => {
    const first = await renderPage(`/articles/${article.id}`, readData, DEFAULT_SITE_SETTINGS);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await renderPage(`/articles/${article.id}`, readData, DEFAULT_SITE_SETTINGS);
    expect(second).toEqual(first);
    expect(first.state).not.toMatch(/UpdatedAt|dehydratedAt/);
  });

  it('hydrates an address with a quote hash unmarked, then marks that quote', async () => {
    const url = `/articles/${article.id}`;
    const { html, state } = await renderPage(url, readData, DEFAULT_SITE_SETTINGS);
    expect(html).not.toContain('is-marked');
    const consoleErrors = vi.spyOn(console, 'error');
    const { container, recoverable } = await browserRender(`${url}#q1`, state, html);
    expect(consoleErrors.mock.calls.map((call) => String(call[0]))).toEqual([]);
    expect(recoverable).toEqual([]);
    expect(container.querySelector('#q1')?.className).toContain('is-marked');
    consoleErrors.mockRestore();
  });
});
