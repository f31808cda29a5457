/**
 * After a build: writes a pre-rendered HTML file for every route (see prerender.ts), the 404 page,
 * sitemap.xml and robots.txt, next to the built app.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, SiteSettings } from '../../content/schema.ts';
import { DEFAULT_SITE_SETTINGS } from '../../content/siteSettings.ts';
import { pagedPath, pagedTitle } from '../../content/pagedPath.ts';
import { distinguishedName } from '../../content/personLabel.ts';
import type { LinkedCollection } from '../link/index.ts';
import { buildPersonPages, buildTopicPages } from './listShards.ts';
import { collectQuotesByPerson, groupBy, sortNewestFirst, summarise } from './render.ts';
import { articleDescription, escapeHtml, parseTemplate, renderDocument, type PageMeta, type RenderedMarkup } from './prerender.ts';

/** Renders one address with the app's own components (`src/app/renderPage.tsx`, loaded by `appRenderer.ts`). */
export type RenderRoute = (url: string) => Promise<RenderedMarkup>;

export const HOME_PAGE_SIZE = 20;
/** Pages rendered or written at once. */
const PAGE_WRITE_CONCURRENCY = 16;

export interface SiteOptions {
  outDir: string;
  siteUrl: string;
  collection: LinkedCollection;
  render: RenderRoute;
  /** The collection's site.json over the defaults: site name and home description (the app draws the rest). */
  settings?: SiteSettings;
}

export async function writeSite({ outDir, siteUrl, collection, render, settings = DEFAULT_SITE_SETTINGS }: SiteOptions): Promise<number> {
  const template = parseTemplate(await readFile(path.join(outDir, 'index.html'), 'utf8'));
  const articles = sortNewestFirst(collection.articles);
  const summaries = articles.map(summarise);
  // Each page is written as soon as it is rendered, a bounded number at a time: at 100,000 articles the
  // pages are gigabytes of HTML, too much to hold before writing.
  const routes: string[] = [];
  const pending = new Set<Promise<void>>();
  // Pages are rendered and written a bounded number at a time, so the site is never held in memory whole.
  // Several are in flight at once: while one waits for its data files or its write, React renders another
  // (renderToString itself is synchronous). The route list keeps the order pages are started in.
  let failure: unknown = null;
  const page = async (meta: PageMeta) => {
    const route = meta.path;
    routes.push(route);
    const file = route === '/' ? path.join(outDir, 'index.html') : path.join(outDir, route, 'index.html');
    const task: Promise<void> = render(route)
      .then((markup) => renderDocument(template, siteUrl, settings.name, meta, markup))
      .then(async (html) => {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, html);
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => pending.delete(task));
    pending.add(task);
    if (pending.size >= PAGE_WRITE_CONCURRENCY) await Promise.race(pending);
    if (failure) throw failure;
  };

  await page({ path: '/', title: settings.name, description: `${settings.description} ${articles.length} stories.`, type: 'website' });
  for (const article of articles) {
    await page({ path: `/articles/${article.id}`, title: article.headline, description: articleDescription(article), type: 'article', modified: article.updated });
  }

  // Every page of a person and of a topic is a file of its own, holding what the same page's JSON holds,
  // so the page links work with JavaScript off and on any static host.
  const quotesByPerson = collectQuotesByPerson(articles);
  await page({ path: '/people', title: 'People', description: `Everyone named in the archive: ${collection.people.length} people, their roles and what they said.`, type: 'website' });
  const storiesByPerson = groupBy(summaries, (s) => s.people);
  for (const person of collection.people) {
    const description = [person.role, `${person.quoteCount} quotes in ${person.articles.length} ${person.articles.length === 1 ? 'story' : 'stories'}`].filter(Boolean).join('. ');
    for (const data of buildPersonPages(person, quotesByPerson.get(person.id) ?? [], storiesByPerson.get(person.id) ?? [])) {
      const route = pagedPath(`/people/${person.id}`, data.page);
      const meta = { path: route, title: pagedTitle(distinguishedName(person), data.page), description: pageDescription(description, data.page, data.pageCount), type: 'profile' as const };
      await page(meta);
    }
  }

  await page({ path: '/topics', title: 'Topics', description: `Subjects, places and organisations across ${articles.length} stories.`, type: 'website' });
  const storiesByTopic = groupBy(summaries, (s) => s.topics);
  for (const topic of collection.topics) {
    const stories = storiesByTopic.get(topic.id) ?? [];
    for (const data of buildTopicPages(topic, stories)) {
      const route = pagedPath(`/topics/${topic.id}`, data.page);
      const meta = { path: route, title: pagedTitle(topic.name, data.page), description: pageDescription(`${stories.length} stories about ${topic.name}.`, data.page, data.pageCount), type: 'website' as const };
      await page(meta);
    }
  }
  await page({ path: '/search', title: 'Search', description: 'Search stories and people.', type: 'website' });

  await Promise.all(pending);
  if (failure) throw failure;
  // Static hosts serve 404.html for unknown paths; the app boots from it and shows its own not-found view.
  const notFound: PageMeta = { path: '/404', title: 'Page not found', description: 'This page is not in the archive.', type: 'website', canonical: false };
  await writeFile(path.join(outDir, '404.html'), renderDocument(template, siteUrl, settings.name, notFound, await render(notFound.path)));
  for (const [name, xml] of sitemapFiles(siteUrl, routes, articles)) await writeFile(path.join(outDir, name), xml);
  await writeFile(path.join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl.replace(/\/$/, '')}/sitemap.xml\n`);
  return routes.length;
}

/** A paged page's description: the first page's, with which page this is after the first. */
function pageDescription(description: string, page: number, pageCount: number): string {
  return page > 1 ? `Page ${page} of ${pageCount}. ${description}` : description;
}

/** The sitemap protocol's limit per file; a larger site gets a sitemap index over several files. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * `sitemap.xml` for the routes; past `perFile` URLs, `sitemap.xml` becomes an index of
 * `sitemap-1.xml`, `sitemap-2.xml` … so search engines read every URL of a large archive.
 */
export function sitemapFiles(siteUrl: string, routes: string[], articles: Article[], perFile = SITEMAP_MAX_URLS): Map<string, string> {
  const base = siteUrl.replace(/\/$/, '');
  const modified = new Map(articles.map((a) => [`/articles/${a.id}`, a.updated?.slice(0, 10)]));
  const urlset = (part: string[]) => {
    const urls = part
      .map((route) => {
        const lastmod = modified.get(route);
        return `  <url><loc>${escapeHtml(base + encodeURI(route))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
      })
      .join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  };
  if (routes.length <= perFile) return new Map([['sitemap.xml', urlset(routes)]]);
  const files = new Map<string, string>();
  for (let i = 0; i * perFile < routes.length; i++) {
    files.set(`sitemap-${i + 1}.xml`, urlset(routes.slice(i * perFile, (i + 1) * perFile)));
  }
  const entries = [...files.keys()].map((name) => `  <sitemap><loc>${escapeHtml(`${base}/${name}`)}</loc></sitemap>`).join('\n');
  files.set('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`);
  return files;
}
