import { describe, expect, it } from 'vitest';
import { sitemapFiles } from './site.ts';

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
