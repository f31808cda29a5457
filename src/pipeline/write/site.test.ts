import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_PAGE_SIZE, TOPIC_PAGE_SIZE } from '../../content/dataPaths.ts';
import { inventedCollection } from '../../test/inventedCollection.ts';
import { renderFromCollection } from '../../test/renderRoute.ts';
import { sitemapFiles, writeSite } from './site.ts';

const template = '<!doctype html><html><head><title>Verbatim</title></head><body><div id="root"></div></body></html>';

let outDir = '';
const read = (route: string) => readFile(path.join(outDir, route, 'index.html'), 'utf8');

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'verbatim-site-'));
  await writeFile(path.join(outDir, 'index.html'), template);
  const collection = inventedCollection(TOPIC_PAGE_SIZE * 2 + 3);
  await writeSite({ outDir, siteUrl: 'https://archive.example', collection, render: renderFromCollection(collection) });
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('writeSite', () => {
  it('writes every page of a busy topic as its own file, the first linking to the second', async () => {
    const first = await read('topics/tides');
    expect(first.match(/class="story-card"/g)).toHaveLength(TOPIC_PAGE_SIZE);
    expect(first).toMatch(/<a rel="next"[^>]* href="\/topics\/tides\/page\/2"/);
    const third = await read('topics/tides/page/3');
    expect(third.match(/class="story-card"/g)).toHaveLength(3);
    expect(third).toContain('<title>Tides, page 3 — Verbatim</title>');
    expect(third).toContain('<link rel="canonical" href="https://archive.example/topics/tides/page/3">');
    await expect(stat(path.join(outDir, 'topics/tides/page/4/index.html'))).rejects.toThrow();
  });

  it('writes a busy person’s first page with their newest quotes and a link to page 2, which holds the next ones', async () => {
    const first = await read('people/una-pell');
    expect(first.match(/class="quote-link"/g)).toHaveLength(PERSON_PAGE_SIZE);
    expect(first).toContain('href="/articles/made-up-story-0#q1"');
    expect(first).toMatch(/<a rel="next"[^>]* href="\/people\/una-pell\/page\/2"/);
    const second = await read('people/una-pell/page/2');
    expect(second).toContain(`href="/articles/made-up-story-${PERSON_PAGE_SIZE}#q1"`);
    expect(second).toMatch(/<a rel="prev"[^>]* href="\/people\/una-pell"/);
  });

  it('lists the later pages in the sitemap', async () => {
    const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://archive.example/topics/tides/page/2</loc>');
    expect(sitemap).toContain('<loc>https://archive.example/people/una-pell/page/3</loc>');
  });
});

const routes = ['/', '/articles/a-1', '/articles/b-2', '/people/c', '/topics/d', '/search'];

describe('sitemapFiles', () => {
  it('writes one sitemap.xml while the routes fit in one file, with lastmod for articles', () => {
    const files = sitemapFiles('https://example.test/', routes, [
      { id: 'a-1', updated: '2024-03-05T10:00:00Z' } as never,
    ]);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    const xml = files.get('sitemap.xml')!;
    expect(xml.match(/<url>/g)).toHaveLength(routes.length);
    expect(xml).toContain('<loc>https://example.test/articles/a-1</loc><lastmod>2024-03-05</lastmod>');
    expect(xml).toContain('<loc>https://example.test/search</loc></url>');
  });

  it('splits into numbered files under a sitemap index past the per-file limit, losing no route', () => {
    const files = sitemapFiles('https://example.test', routes, [], 4);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex');
    expect(files.get('sitemap.xml')).toContain('<loc>https://example.test/sitemap-2.xml</loc>');
    const listed = ['sitemap-1.xml', 'sitemap-2.xml'].flatMap((name) => [...files.get(name)!.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(listed).toEqual(routes.map((r) => `https://example.test${r}`));
    expect(files.get('sitemap-1.xml')!.match(/<url>/g)).toHaveLength(4);
  });
});

describe('a namesake’s pre-rendered page', () => {
  it('names them with their note in the title and the heading, so the raw HTML tells them apart too', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-site-namesake-'));
    try {
      await writeFile(path.join(dir, 'index.html'), template);
      const invented = inventedCollection(2);
      const collection = { ...invented, people: invented.people.map((p) => ({ ...p, distinguishedAs: 'harbour pilot' })) };
      await writeSite({ outDir: dir, siteUrl: 'https://archive.example', collection, render: renderFromCollection(collection) });
      const html = await readFile(path.join(dir, 'people/una-pell/index.html'), 'utf8');
      expect(html).toContain('<title>Una Pell (harbour pilot) — Verbatim</title>');
      expect(html.replaceAll('<!-- -->', '')).toMatch(/<h1>Una Pell <span class="person-name__note">\(harbour pilot\)<\/span><\/h1>/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
