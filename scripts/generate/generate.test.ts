import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/pipeline/read/decode.ts';
import { folderOf } from '../../src/pipeline/read/walk.ts';
import { parseSource } from '../../src/pipeline/parse/index.ts';
import { renderArticle } from './article.ts';
import { buildCast } from './cast.ts';
import { isBritishSummerTime, relatedDateLine, updateLine } from './calendar.ts';
import { generateCollection } from './generate.ts';
import { articleMeta } from './meta.ts';
import { Rng, ZipfTable } from './prng.ts';

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-gen-'));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, absolute).split(path.sep).join('/'), await readFile(absolute));
  }
  return files;
}

describe('generator determinism', () => {
  it('writes the same bytes for the same seed, and different bytes for another seed', async () => {
    const [a, b, c] = [await tempDir(), await tempDir(), await tempDir()];
    await generateCollection({ articles: 60, outDir: a, seed: 'alpha' });
    await generateCollection({ articles: 60, outDir: b, seed: 'alpha' });
    await generateCollection({ articles: 60, outDir: c, seed: 'beta' });
    const [treeA, treeB, treeC] = await Promise.all([readTree(a), readTree(b), readTree(c)]);
    expect(treeA.size).toBe(60);
    expect([...treeA.keys()].sort()).toEqual([...treeB.keys()].sort());
    for (const [file, bytes] of treeA) expect(bytes.equals(treeB.get(file)!), file).toBe(true);
    const same = [...treeA].filter(([file, bytes]) => treeC.get(file)?.equals(bytes)).length;
    expect(same).toBe(0);
  });

  it('renders article i the same whether or not the articles before it were rendered', () => {
    const cast = buildCast('gamma');
    const alone = renderArticle(cast, 'gamma', 41, 100).bytes;
    for (let i = 0; i < 41; i++) renderArticle(cast, 'gamma', i, 100);
    expect(renderArticle(cast, 'gamma', 41, 100).bytes.equals(alone)).toBe(true);
  });
});

describe('generated pages in the page-text format', () => {
  const seed = 'structure';
  const total = 400;
  const cast = buildCast(seed);
  const articles = Array.from({ length: total }, (_, i) => renderArticle(cast, seed, i, total));
  const parsed = articles.map((article) => {
    const decoded = decodeSource(new Uint8Array(article.bytes));
    if (!decoded.ok) throw new Error(`${article.path}: ${decoded.reason}`);
    return parseSource({ source: article.path, text: decoded.text, folder: folderOf(article.path) });
  });

  it('parse as page text with the headline the generator chose', () => {
    const failures: string[] = [];
    parsed.forEach((result, i) => {
      const article = articles[i]!;
      if (!result.ok) failures.push(`${article.path}: rejected (${result.reason})`);
      else if (result.article.format !== 'page-text') failures.push(`${article.path}: read as ${result.article.format}`);
      else if (result.article.headline !== article.headline) {
        failures.push(`${article.path}: headline "${result.article.headline}", expected "${article.headline}"`);
      }
    });
    expect(failures).toEqual([]);
  });

  it('carry the update line of their own moment unless it is missing or malformed', () => {
    const withUpdate = parsed.filter((r, i) => r.ok && r.article.updated === articleMeta(cast, seed, i).instant.toISOString());
    // About 95% carry a well-formed line; the rest must come out unknown, never invented.
    expect(withUpdate.length / total).toBeGreaterThan(0.9);
    parsed.forEach((r, i) => {
      if (r.ok && r.article.updated !== null) expect(r.article.updated).toBe(articleMeta(cast, seed, i).instant.toISOString());
    });
  });

  it('have related lists that name other generated articles by their exact headline', () => {
    const headlines = new Set(articles.map((a) => a.headline));
    const titles = parsed.flatMap((r) => (r.ok ? r.article.related.map((s) => s.title) : []));
    const inside = titles.filter((t) => headlines.has(t)).length;
    expect(titles.length).toBeGreaterThan(total);
    expect(inside / titles.length).toBeGreaterThan(0.5);
    expect(inside).toBeLessThan(titles.length); // some point outside the collection
  });

  it('include every element the format describes somewhere in the collection', () => {
    const blocks = parsed.flatMap((r) => (r.ok ? r.article.blocks : []));
    const kinds = new Set(blocks.map((b) => b.type));
    expect([...kinds].sort()).toEqual(['analysis', 'crosshead', 'paragraph', 'pullquote']);
    expect(blocks.some((b) => b.type === 'crosshead' && b.quoted)).toBe(true);
    const roles = blocks.flatMap((b) => (b.type === 'analysis' ? [b.author.role ?? ''] : []));
    expect(roles.some((r) => r.startsWith('BBC ') && !r.includes(','))).toBe(true);
    expect(roles.some((r) => r.startsWith('BBC News, '))).toBe(true);
    const ok = parsed.flatMap((r) => (r.ok ? [r.article] : []));
    expect(ok.some((a) => a.caption !== null && !a.imageAlt)).toBe(true);
    expect(ok.some((a) => a.imageAlt)).toBe(true);
    expect(ok.some((a) => a.caption === null)).toBe(true);
    expect(articles.some((a) => a.encoding === 'windows-1252') || total < 200).toBe(true);
    const text = articles.map((a) => a.bytes.toString('latin1')).join('\n');
    expect(text).toContain('Print Sponsor');
  });

  it('spread articles over folders with skewed sizes', () => {
    const counts = new Map<string, number>();
    for (const a of articles) counts.set(a.path.split('/')[0]!, (counts.get(a.path.split('/')[0]!) ?? 0) + 1);
    const sizes = [...counts.values()].sort((x, y) => y - x);
    expect(sizes.length).toBeGreaterThanOrEqual(8);
    expect(sizes[0]!).toBeGreaterThan(5 * sizes[sizes.length - 1]!);
    expect(sizes[0]! / total).toBeGreaterThan(0.2);
  });

  it('quote a few people very often and most people rarely', () => {
    const mentions = new Map<string, number>();
    for (let i = 0; i < total; i++) for (const p of articleMeta(cast, seed, i).people) mentions.set(p.full, (mentions.get(p.full) ?? 0) + 1);
    const counts = [...mentions.values()].sort((x, y) => y - x);
    expect(counts[0]!).toBeGreaterThan(10 * counts[Math.floor(counts.length / 2)]!);
    expect(counts.filter((c) => c === 1).length / counts.length).toBeGreaterThan(0.4);
  });
});

describe('dates', () => {
  it('prints the GMT moment with its weekday and the UK time an hour later in summer', () => {
    expect(updateLine(new Date(Date.UTC(2008, 6, 15, 9, 15)))).toBe(
      'Page last updated at 09:15 GMT, Tuesday, 15 July 2008 10:15 UK',
    );
    expect(updateLine(new Date(Date.UTC(2007, 0, 2, 9, 5)))).toBe(
      'Page last updated at 09:05 GMT, Tuesday, 2 January 2007 09:05 UK',
    );
  });

  it('switches to BST at 01:00 GMT on the last Sunday of March and back on the last Sunday of October', () => {
    expect(isBritishSummerTime(new Date(Date.UTC(2009, 2, 29, 0, 59)))).toBe(false);
    expect(isBritishSummerTime(new Date(Date.UTC(2009, 2, 29, 1, 0)))).toBe(true);
    expect(isBritishSummerTime(new Date(Date.UTC(2009, 9, 25, 0, 59)))).toBe(true);
    expect(isBritishSummerTime(new Date(Date.UTC(2009, 9, 25, 1, 0)))).toBe(false);
    expect(updateLine(new Date(Date.UTC(2010, 5, 30, 23, 30)))).toBe(
      'Page last updated at 23:30 GMT, Wednesday, 30 June 2010 00:30 UK',
    );
  });

  it('writes related dates with no-break spaces around the bar', () => {
    expect(relatedDateLine(new Date(Date.UTC(2008, 3, 4)), 'South Asia')).toBe('04 Apr 08\u00a0|\u00a0 South Asia');
  });
});

describe('random source', () => {
  it('repeats for a seed and draws Zipf indexes with a falling frequency', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    const table = new ZipfTable(100, 1);
    const rng = new Rng(1);
    const hits = new Array<number>(100).fill(0);
    for (let i = 0; i < 20_000; i++) hits[table.draw(rng)]!++;
    expect(hits[0]!).toBeGreaterThan(hits[9]!);
    expect(hits[9]!).toBeGreaterThan(hits[99]!);
  });
});
