import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block } from '../content/schema.ts';
import { listContent } from './read/walk.ts';
import { processFile } from './processFile.ts';
import { runInWorkers } from './pool.ts';
import { blocksOf, packArticle, packBlocks, summaryBlocks, unpackBlocks } from './packedBlocks.ts';
import { linkCollectionFrom } from './link/index.ts';
import type { EnrichedArticle } from './types.ts';

// The bundled sample collection: invented stories.
const content = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');

async function sampleArticles(): Promise<EnrichedArticle[]> {
  const { sources } = await listContent(content);
  const results = await Promise.all(sources.map(async (s) => processFile(s.source, new Uint8Array(await readFile(s.absolute)))));
  return results.flatMap((r) => (r.kind === 'article' ? [r.article] : []));
}

const blocks: Block[] = [
  { type: 'crosshead', text: 'Harbour plans' },
  { type: 'paragraph', text: 'The Marlow Bay council met on Tuesday — and said “no” to the pier.' },
  { type: 'paragraph', text: 'A second paragraph.' },
];

describe('packed blocks', () => {
  it('unpack to equal blocks, non-ASCII text included, and keep the first paragraph as the summary', () => {
    expect(unpackBlocks(packBlocks(blocks))).toEqual(blocks);
    expect(summaryBlocks(blocks)).toEqual([blocks[1]]);
    expect(summaryBlocks([{ type: 'crosshead', text: 'Only a heading' }])).toEqual([]);
  });

  it('come back from worker threads as one byte array per article, equal to the article processed here', async () => {
    const { sources } = await listContent(content);
    const jobs = await Promise.all(sources.map(async (s) => ({ source: s.source, bytes: new Uint8Array(await readFile(s.absolute)) })));
    const here = jobs.map((job) => processFile(job.source, job.bytes));
    const results = await runInWorkers(jobs, 2, { pack: true });
    expect(results.map((r) => r.source)).toEqual(here.map((r) => r.source));
    results.forEach((result, i) => {
      const expected = here[i]!;
      if (result.kind !== 'article' || expected.kind !== 'article') return expect(result).toEqual(expected);
      expect(result.article.packedBlocks).toBeInstanceOf(Uint8Array);
      expect(result.article.blocks).toEqual(summaryBlocks(expected.article.blocks));
      expect(blocksOf(result.article)).toEqual(expected.article.blocks);
      const { packedBlocks: _packed, blocks: _blocks, ...rest } = result.article;
      const { blocks: _all, ...expectedRest } = expected.article;
      expect(rest).toEqual(expectedRest);
    });
  }, 60_000);

  it('are linked like whole blocks: the body the link hands on has its pull quotes attributed', async () => {
    const whole = await sampleArticles();
    const plain = linkCollectionFrom(whole).collection;
    const packed = linkCollectionFrom(whole.map(packArticle)).collection;
    expect(plain.articles.some((a) => a.blocks.some((b) => b.type === 'pullquote' && b.speaker.personId))).toBe(true);
    expect(packed.bodies?.size).toBe(whole.length);
    const unpacked = packed.articles.map((a) => ({ ...a, blocks: unpackBlocks(packed.bodies!.get(a.id)!) }));
    expect(unpacked).toEqual(plain.articles);
    expect(packed.people).toEqual(plain.people);
    expect(packed.topics).toEqual(plain.topics);
  }, 60_000);
});

describe('a consuming link', () => {
  it('links the enriched quotes in place instead of copying them, with the same result', async () => {
    const copied = linkCollectionFrom(await sampleArticles()).collection;
    const enriched = await sampleArticles();
    const consumed = linkCollectionFrom(enriched, { consume: true }).collection;
    expect(consumed.articles).toEqual(copied.articles);
    expect(consumed.articles.some((a) => a.quotes.some((q) => q.speaker.personId))).toBe(true);
    consumed.articles.forEach((article, i) => article.quotes.forEach((quote, j) => expect(quote).toBe(enriched[i]!.quotes[j])));
  }, 60_000);
});
