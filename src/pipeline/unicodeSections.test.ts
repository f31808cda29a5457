/**
 * Issue 12: section folders named in other scripts used to fold to nothing and merge into one topic (`topic`,
 * `topic-section` …). Keys and slugs are Unicode-aware now: each folder is its own section and topic, with an
 * id that is stable, a valid slug, and survives percent-encoding in links. Folder names and stories are
 * invented.
 */
import { renderFromCollection } from '../test/renderRoute.ts';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../content/slug.ts';
import { dataPaths } from '../content/dataPaths.ts';
import { Pipeline, type IngestResult } from './ingest.ts';
import { sitemapFiles, writeSite } from './write/site.ts';
import { topicKey } from './link/topics.ts';

const FOLDERS = ['хроника', 'Новости', 'ειδήσεις', '港口新闻', 'أخبار', 'Économie', 'economie'] as const;

let root: string;
let content: string;
let first: IngestResult;
let second: IngestResult;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'verbatim-unicode-'));
  content = path.join(root, 'content');
  for (const [i, folder] of FOLDERS.entries()) {
    await mkdir(path.join(content, folder), { recursive: true });
    await writeFile(path.join(content, folder, 'story.txt'), `Harbour notice number ${i + 1} from Portwick\n\nThe invented harbour of Portwick posted notice ${i + 1} on Monday.\n`);
  }
  const out = path.join(root, 'out');
  first = await new Pipeline({ contentDir: content, outDir: out, workers: 0 }).run();
  second = await new Pipeline({ contentDir: content, outDir: out, workers: 0 }).run();
});
afterAll(() => rm(root, { recursive: true, force: true }));

const sections = (result: IngestResult) => result.collection.topics.filter((t) => t.kind === 'section');

describe('non-Latin section folders', () => {
  it('each script’s folder is its own section topic; Latin spellings that differ only by accents still meet', () => {
    const byId = new Map(sections(first).map((t) => [t.id, t]));
    expect([...byId.keys()].sort()).toEqual(['economie', 'новости', 'хроника', 'ειδήσεις', 'أخبار', '港口新闻'].sort());
    expect(byId.get('хроника')?.name).toBe('Хроника');
    expect(byId.get('ειδήσεις')?.name).toBe('Ειδήσεις');
    expect(byId.get('港口新闻')?.name).toBe('港口新闻');
    expect(byId.get('أخبار')?.name).toBe('أخبار');
    expect(byId.get('economie')?.articles).toHaveLength(2);
    expect(first.report.rejected).toEqual([]);
  });

  it('ids are valid slugs, stable across runs, and round-trip through percent-encoding', () => {
    const ids = sections(first).map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(isSlug(id)).toBe(true);
      expect(decodeURIComponent(encodeURIComponent(id))).toBe(id);
      expect(encodeURIComponent(id)).toMatch(/^[A-Za-z0-9%-]+$/);
    }
    expect(sections(second).map((t) => t.id)).toEqual(ids);
  });

  it('writes each topic’s data file and page under its own name, and the sitemap percent-encodes it', async () => {
    const out = path.join(root, 'out');
    for (const topic of sections(first)) {
      const data = JSON.parse(await readFile(path.join(out, dataPaths.topic(topic.id)), 'utf8')) as { topic: { name: string } };
      expect(data.topic.name).toBe(topic.name);
    }
    const site = path.join(root, 'site');
    await mkdir(site);
    await writeFile(path.join(site, 'index.html'), '<!doctype html><html><head><title>x</title></head><body><div id="root"></div></body></html>');
    await writeSite({ outDir: site, siteUrl: 'https://archive.example', collection: first.collection, render: renderFromCollection(first.collection) });
    const page = await readFile(path.join(site, 'topics', 'хроника', 'index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="https://archive.example/topics/${encodeURIComponent('хроника')}">`);
    const xml = [...sitemapFiles('https://archive.example', ['/topics/港口新闻'], []).values()].join('');
    expect(xml).toContain(`<loc>https://archive.example/topics/${encodeURIComponent('港口新闻')}</loc>`);
    await expect(stat(path.join(site, 'topics', 'أخبار', 'index.html'))).resolves.toBeTruthy();
  });
});

describe('Unicode-aware keys and slugs', () => {
  it('keep each script’s letters, fold Latin accents, and keep Cyrillic й apart from и', () => {
    expect(slugify('Café owner’s £5 deal')).toBe('cafe-owners-5-deal');
    expect(slugify('Søren Ålund')).toBe('soren-alund');
    expect(slugify('Мой край')).toBe('мой-край');
    expect(slugify('Мои край')).not.toBe(slugify('Мой край'));
    expect(topicKey('Άρτα')).toBe(topicKey('άρτα'));
    expect(topicKey('新闻')).not.toBe(topicKey('港口'));
    expect(topicKey('The Harbour’s')).toBe('harbour');
  });

  it('cut long slugs on code points, never inside a surrogate pair', () => {
    const slug = slugify('𠀀'.repeat(70));
    expect(Array.from(slug)).toHaveLength(60);
    expect(slug).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
