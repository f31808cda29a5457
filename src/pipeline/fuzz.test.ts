/**
 * Property-based fuzzing of the per-file pipeline (decode → parse → enrich) with fast-check: random
 * strings, random Unicode, random bytes, and valid pages (invented) broken by random mutations.
 * For every input processFile must not throw, must finish in bounded time (a hang guard, not a speed
 * test), and any article it keeps must link into a schema-valid Article whose quotes point exactly at
 * their words in their block.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../content/schema.ts';
import { linkCollection } from './link/index.ts';
import { processFile, type FileResult } from './processFile.ts';
import { plainPageLines, validPageLines } from './hostile/pages.ts';
import { cpuMillis } from '../test/cpuTime.ts';

/** Per input, in CPU milliseconds (src/test/cpuTime.ts). Real pages take milliseconds; only a runaway (quadratic or worse) scan gets near this. */
const MAX_MS_PER_INPUT = 2000;
/** FUZZ_RUNS=5000 for a long hunt; the default keeps the suite fast. */
const RUNS = Number(process.env.FUZZ_RUNS) || 200;
const TEST_TIMEOUT_MS = 120_000;

function check(source: string, bytes: Uint8Array): void {
  const started = cpuMillis();
  let result: FileResult | undefined;
  expect(() => (result = processFile(source, bytes))).not.toThrow();
  const elapsed = cpuMillis() - started;
  expect(elapsed, `processFile took ${Math.round(elapsed)} ms of CPU`).toBeLessThan(MAX_MS_PER_INPUT);
  if (!result) throw new Error('no result');

  for (const w of result.warnings) expect(w.line === null || (Number.isInteger(w.line) && w.line > 0)).toBe(true);
  if (result.kind === 'rejected') {
    expect(result.reason.length).toBeGreaterThan(0);
    // The guard in processFile must not be what keeps the suite green: internal errors are bugs.
    expect(result.reason).not.toMatch(/internal error|parser error/);
    return;
  }
  const linked = linkCollection([result.article]).articles[0];
  const parsed = ArticleSchema.safeParse(linked);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  checkQuoteOffsets(linked!);
}

/** Quotes whose offsets were checked, so a run that never met a quote cannot pass unnoticed. */
let quotesChecked = 0;

function checkQuoteOffsets(article: Article): void {
  for (const quote of article.quotes) {
    quotesChecked++;
    const block = article.blocks[quote.block];
    const holder = block?.type === 'analysis' ? block.blocks[quote.child ?? -1] : quote.child === null ? block : undefined;
    expect(holder, `quote ${quote.id} points at block ${quote.block}/${quote.child}`).toBeDefined();
    const text = holder && 'text' in holder ? holder.text : '';
    expect(quote.start).toBeLessThanOrEqual(quote.end);
    expect(quote.end).toBeLessThanOrEqual(text.length);
    expect(quote.text).toBe(text.slice(quote.start, quote.end));
  }
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

// Mutations of a page's lines: the kinds of damage archived pages really show.
const INSERTS = ['"', '“', '”', "'", '‘', '’', '„', '«', '»', '<b>', '</p>', '<script>x()</script>', '&amp;', '\u0000', '\u0007', '\u001b', '\t', '\u00a0', '\ufeff', '\r', '|', ' ', 'Mr', ':', '.'];

type Mutation =
  | { op: 'delete' | 'duplicate' | 'blank' | 'join'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'insert'; at: number; offset: number; text: string }
  | { op: 'replace'; at: number; text: string }
  | { op: 'truncate'; offset: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'blank' as const, 'join' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), offset: fc.nat(), text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 8 })) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ maxLength: 80, unit: 'binary' }) }),
  fc.record({ op: fc.constant('truncate' as const), offset: fc.nat() }),
);

function mutate(lines: readonly string[], mutations: readonly Mutation[]): string {
  const out = [...lines];
  for (const m of mutations) {
    if (m.op === 'truncate') {
      const text = out.join('\n');
      return text.slice(0, m.offset % (text.length + 1));
    }
    if (out.length === 0) out.push('');
    const at = m.at % out.length;
    const line = out[at] ?? '';
    switch (m.op) {
      case 'delete':
        out.splice(at, 1);
        break;
      case 'duplicate':
        out.splice(at, 0, line);
        break;
      case 'blank':
        out.splice(at, 0, '');
        break;
      case 'join':
        out.splice(at, 2, `${line} ${out[at + 1] ?? ''}`);
        break;
      case 'swap': {
        const other = m.with % out.length;
        out[at] = out[other] ?? '';
        out[other] = line;
        break;
      }
      case 'insert': {
        const offset = m.offset % (line.length + 1);
        out[at] = line.slice(0, offset) + m.text + line.slice(offset);
        break;
      }
      case 'replace':
        out[at] = m.text;
        break;
    }
  }
  return out.join('\n');
}

/** Page-shaped pieces: lines assembled from these reach deep into the parser's and enricher's rules. */
const TOKENS = [
  'Page last updated at', '14:05 GMT,', '25:61 GMT,', 'Tuesday,', '3 March 2009', '31 February 2009', '15:05 UK',
  'Print Sponsor', '12 Jan 09 |', 'England', 'Mr', 'Ms', 'Dr', 'Edda', 'Vantreel', 'Olek Strand', 'BBC',
  'harbour correspondent', 'said', 'says', 'told the BBC:', 'according to', 'added:', 'he', 'she', 'the board',
  '"', '“', '”', "'", '‘', '’', ',', '.', ':', '?', '(HB)', 'Harbour Board', 'the', 'gates', 'tide', '-', '|',
];
const tokenLine = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((ws) => ws.join(' '));

const folders = fc.constantFrom('world', 'business/politics', 'top-level');
const sourceIn = (folder: string) => (folder === 'top-level' ? 'fuzz.txt' : `${folder}/fuzz.txt`);

describe('processFile under fuzzing', () => {
  it('survives random strings', { timeout: TEST_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(folders, fc.string({ maxLength: 400 }), (folder, text) => check(sourceIn(folder), utf8(text))),
      { numRuns: RUNS },
    );
  });

  it('survives random Unicode, lone surrogates included, in lines', { timeout: TEST_TIMEOUT_MS }, () => {
    const line = fc.string({ maxLength: 120, unit: 'binary' });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, eol) =>
        check('world/fuzz.txt', utf8(lines.join(eol))),
      ),
      { numRuns: RUNS },
    );
  });

  it('survives random bytes', { timeout: TEST_TIMEOUT_MS }, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => check('world/fuzz.txt', bytes)), { numRuns: RUNS });
  });

  it('survives mutated page-text pages', { timeout: TEST_TIMEOUT_MS }, () => {
    const before = quotesChecked;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), folders, (mutations, folder) =>
        check(sourceIn(folder), utf8(mutate(validPageLines(), mutations))),
      ),
      { numRuns: RUNS },
    );
    // Most mutants keep some of the page's quotations: the offset property was really exercised.
    expect(quotesChecked - before).toBeGreaterThan(RUNS / 2);
  });

  it('survives mutated plain pages', { timeout: TEST_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), folders, (mutations, folder) =>
        check(sourceIn(folder), utf8(mutate(plainPageLines(), mutations))),
      ),
      { numRuns: RUNS },
    );
  });

  it('survives lines made of page-shaped pieces', { timeout: TEST_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(fc.array(tokenLine, { maxLength: 30 }), fc.constantFrom('\n', '\n\n', '\r\n'), (lines, eol) =>
        check('world/fuzz.txt', utf8(lines.join(eol))),
      ),
      { numRuns: RUNS },
    );
  });

  it('keeps the unmutated invented pages as articles with quotes that point at their words', () => {
    for (const lines of [validPageLines(), plainPageLines()]) {
      const result = processFile('world/fuzz.txt', utf8(lines.join('\n')));
      expect(result.kind).toBe('article');
      if (result.kind !== 'article') return;
      const linked = linkCollection([result.article]).articles[0]!;
      expect(ArticleSchema.safeParse(linked).success).toBe(true);
      checkQuoteOffsets(linked);
    }
  });
});
