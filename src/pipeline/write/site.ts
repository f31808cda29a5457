/**
 * After a build: writes a pre-rendered HTML file for every route (see prerender.ts), the 404 page,
 * sitemap.xml and robots.txt, next to the built app.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../content/schema.ts';
import type { LinkedCollection } from '../link/index.ts';
import { groupBy, sortNewestFirst, summarise } from './render.ts';
import {
  articleDescription,
  escapeHtml,
  renderArticle,
  renderPage,
  renderPeopleIndex,
  renderHome,
  renderPerson,
  renderShell,
  renderStoryList,
  renderTopicsIndex,
} from './prerender.ts';

export const HOME_PAGE_SIZE = 20;
const PEOPLE_INDEX_LIMIT = 300;

export interface SiteOptions {
  outDir: string;
  siteUrl: string;
  collection: LinkedCollection;
}

export async function writeSite({ outDir, siteUrl, collection }: SiteOptions): Promise<number> {
  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const articles = sortNewestFirst(collection.articles);
  const summaries = articles.map(summarise);
  const pages = new Map<string, string>();
  const page = (route: string, html: string) => pages.set(route, html);

  page(
    '/',
    renderPage(template, siteUrl, { path: '/', title: 'Verbatim', description: `A reading archive of ${articles.length} news stories: who said what, and who they are.`, type: 'website' }, renderHome(summaries.slice(0, HOME_PAGE_SIZE), summaries.length)),
  );
  for (const article of articles) {
    page(
      `/articles/${article.id}`,
      renderPage(template, siteUrl, { path: `/articles/${article.id}`, title: article.headline, description: articleDescription(article), type: 'article', modified: article.updated }, renderArticle(article)),
    );
  }

  const quotesByPerson = groupQuotes(articles);
  page('/people', renderPage(template, siteUrl, { path: '/people', title: 'People', description: `Everyone named in the archive: ${collection.people.length} people, their roles and what they said.`, type: 'website' }, renderPeopleIndex(collection.people, PEOPLE_INDEX_LIMIT)));
  const storiesByPerson = groupBy(summaries, (s) => s.people);
  for (const person of collection.people) {
    const quotes = quotesByPerson.get(person.id) ?? [];
    const stories = storiesByPerson.get(person.id) ?? [];
    const description = [person.role, `${person.quoteCount} quotes in ${person.articles.length} ${person.articles.length === 1 ? 'story' : 'stories'}`].filter(Boolean).join('. ');
    page(`/people/${person.id}`, renderPage(template, siteUrl, { path: `/people/${person.id}`, title: person.name, description, type: 'profile' }, renderPerson(person, quotes, stories)));
  }

  page('/topics', renderPage(template, siteUrl, { path: '/topics', title: 'Topics', description: `Subjects, places and organisations across ${articles.length} stories.`, type: 'website' }, renderTopicsIndex(collection.topics)));
  const storiesByTopic = groupBy(summaries, (s) => s.topics);
  for (const topic of collection.topics) {
    const stories = storiesByTopic.get(topic.id) ?? [];
    page(`/topics/${topic.id}`, renderPage(template, siteUrl, { path: `/topics/${topic.id}`, title: topic.name, description: `${stories.length} stories about ${topic.name}.`, type: 'website' }, renderStoryList(topic.name, `${stories.length} stories`, stories.slice(0, 50))));
  }
  page('/search', renderPage(template, siteUrl, { path: '/search', title: 'Search', description: 'Search stories, quotes and people.', type: 'website' }, renderShell('Search', 'Search needs JavaScript: it runs in your browser over an index of the archive.')));

  for (const [route, html] of pages) {
    const file = route === '/' ? path.join(outDir, 'index.html') : path.join(outDir, route, 'index.html');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  // Static hosts serve 404.html for unknown paths; the app boots from it and shows its own not-found view.
  await writeFile(
    path.join(outDir, '404.html'),
    renderPage(template, siteUrl, { path: '/404', title: 'Page not found', description: 'This page is not in the archive.', type: 'website' }, renderShell('Page not found', 'This page is not in the archive. Try the latest stories or search.')).replace(/<link rel="canonical"[^>]*>\s*/, ''),
  );
  await writeFile(path.join(outDir, 'sitemap.xml'), sitemap(siteUrl, [...pages.keys()], articles));
  await writeFile(path.join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl.replace(/\/$/, '')}/sitemap.xml\n`);
  return pages.size;
}

function groupQuotes(articles: Article[]) {
  const byPerson = new Map<string, Array<{ articleId: string; headline: string; quoteId: string; text: string }>>();
  for (const article of articles) {
    for (const quote of article.quotes) {
      const id = quote.speaker.personId;
      if (!id) continue;
      const list = byPerson.get(id) ?? [];
      list.push({ articleId: article.id, headline: article.headline, quoteId: quote.id, text: quote.text });
      byPerson.set(id, list);
    }
  }
  return byPerson;
}

function sitemap(siteUrl: string, routes: string[], articles: Article[]): string {
  const base = siteUrl.replace(/\/$/, '');
  const modified = new Map(articles.map((a) => [`/articles/${a.id}`, a.updated?.slice(0, 10)]));
  const urls = routes
    .map((route) => {
      const lastmod = modified.get(route);
      return `  <url><loc>${escapeHtml(base + route)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
