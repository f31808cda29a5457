/**
 * The reference page (read from /work/shared at run time, never copied into the repo): facts checked by
 * reading it, element by element.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BlockSchema, RelatedStorySchema, type Block } from '../../content/schema.ts';
import { parseSource } from './index.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const seedPath = path.resolve(repoRoot, '../shared/corpus/seed/nato-chief-reaches-out-to-russia.txt');
const present = existsSync(seedPath);
if (!present) console.warn(`seed test skipped: ${seedPath} not found`);

function texts(blocks: Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'analysis' ? block.blocks.map((b) => b.text) : [block.text]));
}

describe.skipIf(!present)('the seed page', () => {
  const text = present ? readFileSync(seedPath, 'utf8') : '';
  const result = parseSource({ source: 'seed/nato-chief-reaches-out-to-russia.txt', text, folder: 'seed' });
  if (!result.ok) throw new Error(`seed rejected: ${result.reason}`);
  const article = result.article;
  const of = <T extends Block['type']>(type: T) => article.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

  it('is page text with headline, update time and caption', () => {
    expect(article.format).toBe('page-text');
    expect(article.headline).toBe('Nato chief reaches out to Russia');
    expect(article.updated).toBe('2009-09-18T21:44:00.000Z');
    expect(article.caption).toBe('Nato calls for new Russia partnership');
    expect(article.imageAlt).toBeNull();
    expect(article.warnings).toEqual([]);
  });

  it('opens with the intro paragraph', () => {
    const first = article.blocks[0];
    expect(first?.type).toBe('paragraph');
    expect(first?.type === 'paragraph' && first.intro).toBe(true);
    expect(first?.type === 'paragraph' && first.text.startsWith("Nato's Secretary General")).toBe(true);
    expect(of('paragraph').filter((p) => p.intro)).toHaveLength(1);
  });

  it('has exactly three crossheads', () => {
    expect(of('crosshead')).toEqual([
      { type: 'crosshead', text: 'Explore links', quoted: true },
      { type: 'crosshead', text: 'Pressure on Iran' },
      { type: 'crosshead', text: 'Afghanistan co-operation' },
    ]);
  });

  it('has one pull quote credited to Anders Fogh Rasmussen', () => {
    const quotes = of('pullquote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toEqual({ name: 'Anders Fogh Rasmussen', personId: null, type: 'person' });
    expect(quotes[0]?.text.startsWith('There is no reason to fear')).toBe(true);
    expect(quotes[0]?.text).not.toMatch(/["\u201c\u201d]/);
  });

  it('has one analysis box by Jonny Dymond holding his four paragraphs', () => {
    const boxes = of('analysis');
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!;
    expect(box.author).toEqual({ name: 'Jonny Dymond', role: 'BBC Europe correspondent' });
    expect(box.blocks).toHaveLength(4);
    expect(box.blocks[0]?.text.startsWith('In the medium and long term')).toBe(true);
    expect(box.blocks[3]?.text.endsWith('the specifics were beyond him.')).toBe(true);
    // The main report resumes right after the box, with the paragraph closed by "he added."
    const after = article.blocks[article.blocks.indexOf(box) + 1];
    expect(after?.type === 'paragraph' && after.text.endsWith('he added.')).toBe(true);
  });

  it('ends the body before Print Sponsor and keeps every body paragraph', () => {
    const all = texts(article.blocks);
    // Top-level blocks + box paragraphs: every non-blank body line of the page between caption and Print Sponsor.
    const lines = text.split('\n').map((l) => l.trim());
    const start = lines.indexOf('Nato calls for new Russia partnership') + 1;
    const end = lines.indexOf('Print Sponsor');
    const bodyLines = lines.slice(start, end).filter((l) => l !== '' && l !== 'Anders Fogh Rasmussen' && l !== 'Jonny Dymond' && !l.startsWith('BBC Europe'));
    expect(all.length).toBe(bodyLines.length);
    expect(all[all.length - 1]).toBe(bodyLines[bodyLines.length - 1]);
  });

  it('lists five related stories with dates and sections', () => {
    expect(article.related).toHaveLength(5);
    expect(article.related[0]).toEqual({ title: 'Russia hails US missile overhaul', date: '2009-09-18', section: 'Americas', id: null });
    expect(article.related.map((r) => r.section)).toEqual(['Americas', 'South Asia', 'Europe', 'Europe', 'Country profiles']);
    for (const story of article.related) expect(story.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('fits the shared schema', () => {
    expect(() => z.array(BlockSchema).parse(article.blocks)).not.toThrow();
    expect(() => z.array(RelatedStorySchema).parse(article.related)).not.toThrow();
  });

  it('keeps all furniture out of the body', () => {
    const joined = texts(article.blocks).join('\n');
    for (const furniture of ['Print Sponsor', 'Sign in', 'BBC navigation', 'Copyright', 'not responsible for the content', 'style sheets']) {
      expect(joined).not.toContain(furniture);
    }
  });
});
