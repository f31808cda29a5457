/**
 * Reading the annotated sets (gold + article text) for the eval (run.ts) and the ranker's training
 * (train.ts). Texts come from ../shared at run time; nothing of them is kept in the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSource } from '../src/pipeline/parse/index.ts';
import type { ParsedArticle } from '../src/pipeline/types.ts';
import type { GoldPerson, GoldQuote, UsGoldQuote } from './score.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const shared = path.resolve(repoRoot, '../shared');

interface OffsetGold {
  file: string;
  people: Array<{ name: string; mentions: string[] }>;
  quotes: Array<{ start: number; end: number; kind: 'speech' | 'other'; speaker: string | null; speakerType: GoldQuote['speakerType'] }>;
}

interface PolnearGold {
  source: string;
  quotes: Array<{ text: string; mark: UsGoldQuote['mark']; source: { type: string; name?: string | null; fullName?: string | null } }>;
  unannotatedStretches: Array<{ text: string }>;
}

export interface BbcItem {
  id: string;
  corpusPath: string;
  gold: { quotes: GoldQuote[]; people: GoldPerson[] };
}

export interface UsItem {
  id: string;
  corpusPath: string;
  gold: { quotes: UsGoldQuote[]; otherStretches: string[] };
}

export function readCorpus(corpusPath: string): string {
  return readFileSync(path.join(shared, 'corpus', corpusPath), 'utf8').replace(/\r\n?/g, '\n');
}

export function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** BBC annotations: character offsets into ../shared/corpus/<file>. */
export function bbcItems(dir: string): BbcItem[] {
  return jsonFiles(dir).map((file) => {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as OffsetGold;
    const raw = readFileSync(path.join(shared, 'corpus', gold.file), 'utf8');
    // An empty entry only accounts for a stray closing mark whose opening mark the source lost: its words
    // are no span after a mark, so no quotation can be found or scored there.
    const quotes: GoldQuote[] = gold.quotes
      .filter((q) => q.end > q.start)
      .map((q) => ({ text: raw.slice(q.start, q.end), kind: q.kind, speaker: q.speaker, speakerType: q.speakerType }));
    return { id: gold.file, corpusPath: gold.file, gold: { quotes, people: gold.people } };
  });
}

/** PolNeAR gold of one split (train or dev; the test split is kept elsewhere). */
export function usItems(split: 'train' | 'dev'): UsItem[] {
  return jsonFiles(path.join(shared, 'gold/polnear-us-2016', split)).map((file) => {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as PolnearGold;
    const quotes: UsGoldQuote[] = gold.quotes.map((q) => ({ text: q.text, mark: q.mark, sourceType: q.source.type, name: q.source.name ?? null, fullName: q.source.fullName ?? null }));
    return { id: gold.source, corpusPath: `polnear-us-2016/${split}/${gold.source}`, gold: { quotes, otherStretches: gold.unannotatedStretches.map((s) => s.text) } };
  });
}

/** Parses a corpus file as ingest would (the content folder is the collection folder). */
export function parseCorpusFile(corpusPath: string): ParsedArticle {
  const parts = corpusPath.split('/');
  const source = parts.length > 2 ? parts.slice(1).join('/') : parts.join('/');
  const folder = parts.length > 2 ? parts[1]! : null;
  const parsed = parseSource({ source, text: readCorpus(corpusPath), folder });
  if (!parsed.ok) throw new Error(`${corpusPath}: ${parsed.reason}`);
  return parsed.article;
}
