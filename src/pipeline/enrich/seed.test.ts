/**
 * The reference page end to end (parse + enrich): every quotation found and credited as the hand
 * annotation says, the pull quote credited, all people found with variants merged. Reads the shared
 * data at run time and skips when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../parse/index.ts';
import { enrichArticle } from './index.ts';

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const sourcePath = path.join(shared, 'corpus/seed/nato-chief-reaches-out-to-russia.txt');
const goldPath = path.join(shared, 'gold/seed-nato.json');
const available = existsSync(sourcePath) && existsSync(goldPath);
if (!available) console.warn(`seed test skipped: ${sourcePath} or ${goldPath} not found`);

interface GoldQuote { text: string; speaker: string; speakerType: string }
interface Gold { people: Array<{ name: string; mentions: string[]; descriptions: string[] }>; quotes: GoldQuote[]; pullQuotes: GoldQuote[] }

describe.skipIf(!available)('seed article', () => {
  const gold = available ? (JSON.parse(readFileSync(goldPath, 'utf8')) as Gold) : null;
  const parsed = available ? parseSource({ source: 'seed/nato-chief-reaches-out-to-russia.txt', text: readFileSync(sourcePath, 'utf8'), folder: 'seed' }) : null;
  const article = parsed?.ok ? enrichArticle(parsed.article) : null;

  it('finds all 18 quotations with the gold speakers', () => {
    expect(article!.quotes.map((q) => [q.text, q.speaker.name, q.speaker.type])).toEqual(gold!.quotes.map((q) => [q.text, q.speaker, q.speakerType]));
  });

  it('gives every quote offsets that slice its block', () => {
    for (const q of article!.quotes) {
      const block = article!.blocks[q.block]!;
      const text = block.type === 'analysis' ? block.blocks[q.child!]!.text : block.text;
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('credits the pull quote to Anders Fogh Rasmussen when the parser yields one', () => {
    const pulls = article!.blocks.filter((b) => b.type === 'pullquote');
    for (const p of pulls) expect(p.type === 'pullquote' && p.speaker.name).toBe('Anders Fogh Rasmussen');
  });

  it('finds all 8 people with their variants merged, and Rogozin as Russia\'s Nato envoy', () => {
    const people = article!.people;
    expect(people.map((p) => p.name).sort()).toEqual(gold!.people.map((p) => p.name).sort());
    for (const g of gold!.people) {
      const p = people.find((x) => x.name === g.name)!;
      expect(p.mentions).toEqual(expect.arrayContaining(g.mentions));
    }
    expect(people.find((p) => p.name === 'Dmitry Rogozin')!.descriptions).toContain("Russia's Nato envoy");
  });
});
