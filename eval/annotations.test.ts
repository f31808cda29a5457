/**
 * Checks every hand annotation (eval/devset and eval/heldout-bbc) against the article it points into.
 * The annotations store offsets only, so a slip of one character would silently change what is measured;
 * these checks catch it. Articles are read from ../shared at run time; the suite skips when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const sets = ['eval/devset', 'eval/heldout-bbc', 'eval/heldout-bbc-g'];
const speakerTypes = ['person', 'organisation', 'group', 'unknown'];

interface Annotation {
  file: string;
  people: Array<{ name: string; mentions: string[]; descriptions: Array<[number, number]> }>;
  quotes: Array<{ start: number; end: number; kind: string; speaker: string | null; speakerType: string; unclosed?: boolean; note?: string }>;
}

function annotationFiles(set: string): string[] {
  const dir = path.join(repoRoot, set);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(set, f)) : [];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Problems with one annotation, as readable strings (empty when it is sound). */
function problems(a: Annotation, text: string): string[] {
  const out: string[] = [];
  const names = new Set(a.people.map((p) => p.name));
  if (names.size !== a.people.length) out.push('duplicated person name');
  for (const p of a.people) {
    for (const m of p.mentions) {
      if (!new RegExp(`(?<![A-Za-z])${escapeRegExp(m)}(?![A-Za-z])`).test(text)) out.push(`${p.name}: mention "${m}" not in the text`);
    }
    for (const [s, e] of p.descriptions) {
      if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= text.length)) out.push(`${p.name}: description [${s}, ${e}] out of range`);
      else if (text.slice(s, e).includes('\n')) out.push(`${p.name}: description [${s}, ${e}] crosses a line break`);
      else if (/^\s|\s$/.test(text.slice(s, e))) out.push(`${p.name}: description [${s}, ${e}] has edge whitespace`);
    }
  }
  const covered = new Set<number>();
  let previousEnd = -1;
  for (const q of a.quotes) {
    const at = `quote [${q.start}, ${q.end}]`;
    if (!(Number.isInteger(q.start) && Number.isInteger(q.end) && q.start >= 1 && q.start <= q.end && q.end <= text.length)) {
      out.push(`${at} out of range`);
      continue;
    }
    if (q.start <= previousEnd) out.push(`${at} overlaps or repeats the previous quote, or is out of order`);
    previousEnd = q.end;
    const span = text.slice(q.start, q.end);
    if (text[q.start - 1] !== '"') out.push(`${at} does not open right after a quotation mark`);
    if (span.includes('"')) out.push(`${at} contains a quotation mark`);
    covered.add(q.start - 1);
    if (!q.unclosed) {
      if (text[q.end] !== '"') out.push(`${at} is not closed by a quotation mark`);
      covered.add(q.end);
    } else if (q.note === undefined && !(q.end === text.length || text[q.end] === '\n' || /^\s+"/.test(text.slice(q.end)))) {
      // An unclosed paragraph piece ends at the line end or before the next opening mark; a documented exception carries a note.
      out.push(`${at} is unclosed but ends neither at a line end nor before the next opening mark`);
    }
    if (q.unclosed && /\s$/.test(span)) out.push(`${at} keeps trailing whitespace`);
    if (q.kind !== 'speech' && q.kind !== 'other') out.push(`${at} has kind ${q.kind}`);
    if (!speakerTypes.includes(q.speakerType)) out.push(`${at} has speakerType ${q.speakerType}`);
    if (q.kind === 'other' && (q.speaker !== null || q.speakerType !== 'unknown')) out.push(`${at} is "other" but has a speaker`);
    if (q.speakerType === 'unknown' && q.speaker !== null) out.push(`${at} is unknown but names ${q.speaker}`);
    if (q.speakerType === 'person' && (q.speaker === null || !names.has(q.speaker))) out.push(`${at} speaker ${q.speaker} is not a listed person`);
    if ((q.speakerType === 'organisation' || q.speakerType === 'group') && (!q.speaker || names.has(q.speaker))) {
      out.push(`${at} ${q.speakerType} speaker must be a non-empty name that is not a listed person`);
    }
  }
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    if (!covered.has(i)) out.push(`quotation mark at ${i} belongs to no quote`);
  }
  return out;
}

const files = sets.flatMap(annotationFiles);

describe.skipIf(!existsSync(corpus))('hand annotations', () => {
  it('the held-out BBC set has 25 articles, 5 per section, none of them in the dev set', () => {
    const held = annotationFiles('eval/heldout-bbc').map((f) => (JSON.parse(readFileSync(path.join(repoRoot, f), 'utf8')) as Annotation).file);
    const dev = new Set(annotationFiles('eval/devset').map((f) => (JSON.parse(readFileSync(path.join(repoRoot, f), 'utf8')) as Annotation).file));
    expect(held).toHaveLength(25);
    for (const section of ['business', 'entertainment', 'politics', 'sport', 'tech']) {
      expect(held.filter((f) => f.startsWith(`bbc-2004-05/${section}/`))).toHaveLength(5);
    }
    expect(held.filter((f) => dev.has(f))).toEqual([]);
  });

  it('the second held-out set (part G) has 50 articles, 10 per section, none in the dev set or the first held-out set', () => {
    const read = (set: string) => annotationFiles(set).map((f) => (JSON.parse(readFileSync(path.join(repoRoot, f), 'utf8')) as Annotation).file);
    const g = read('eval/heldout-bbc-g');
    const others = new Set([...read('eval/devset'), ...read('eval/heldout-bbc')]);
    expect(g).toHaveLength(50);
    for (const section of ['business', 'entertainment', 'politics', 'sport', 'tech']) {
      expect(g.filter((f) => f.startsWith(`bbc-2004-05/${section}/`))).toHaveLength(10);
    }
    expect(g.filter((f) => others.has(f))).toEqual([]);
  });

  it.each(files)('%s matches its article', (file) => {
    const a = JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Annotation;
    expect(path.basename(file, '.json')).toBe(a.file.replace(/^bbc-2004-05\//, '').replace(/\.txt$/, '').replace('/', '-'));
    const text = readFileSync(path.join(corpus, a.file), 'utf8');
    expect(problems(a, text)).toEqual([]);
  });

  it('reports a shifted offset as a problem', () => {
    // Guards the checker itself: an invented article whose only quote is annotated one character late.
    const text = 'Ada Fern said: "We will build it." Then she left.\n';
    const good: Annotation = {
      file: 'x',
      people: [{ name: 'Ada Fern', mentions: ['Ada Fern'], descriptions: [] }],
      quotes: [{ start: 16, end: 33, kind: 'speech', speaker: 'Ada Fern', speakerType: 'person' }],
    };
    expect(problems(good, text)).toEqual([]);
    const shifted = { ...good, quotes: [{ ...good.quotes[0]!, start: 17, end: 34 }] };
    expect(problems(shifted, text).length).toBeGreaterThan(0);
    const stranger = { ...good, quotes: [{ ...good.quotes[0]!, speaker: 'Bo Lind' }] };
    expect(problems(stranger, text)).toEqual(['quote [16, 33] speaker Bo Lind is not a listed person']);
  });
});
