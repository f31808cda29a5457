import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.ts';
import { parsePlain } from './plain.ts';

function parse(text: string, folder: string | null = 'business') {
  return parsePlain({ source: 'business/001.txt', text, folder }, splitLines(text));
}

describe('parsePlain', () => {
  it('reads headline, intro and paragraphs, restoring lost breaks', () => {
    const result = parse('Bakery chain doubles profit\n\nSales of pies rose sharply.\n\nThe firm opened 20 shops. "It was our best year," the boss said.\n');
    expect(result).toEqual({
      ok: true,
      article: {
        source: 'business/001.txt',
        format: 'plain',
        headline: 'Bakery chain doubles profit',
        updated: null,
        section: 'Business',
        caption: null,
        imageAlt: null,
        blocks: [
          { type: 'paragraph', text: 'Sales of pies rose sharply.', intro: true },
          { type: 'paragraph', text: 'The firm opened 20 shops.' },
          { type: 'paragraph', text: '"It was our best year," the boss said.' },
        ],
        related: [],
        warnings: [],
      },
    });
  });

  it('skips leading blank lines before the headline', () => {
    const result = parse('\n\n  Bakery chain doubles profit  \nSales rose.');
    expect(result.ok && result.article.headline).toBe('Bakery chain doubles profit');
  });

  it('rejects a blank file', () => {
    expect(parse(' \n\n\t\n')).toEqual({ ok: false, reason: expect.stringMatching(/no headline/) });
  });

  it('keeps a headline without body, with a warning on its line', () => {
    const result = parse('\nBakery chain doubles profit\n', null);
    expect(result.ok && result.article.blocks).toEqual([]);
    expect(result.ok && result.article.section).toBeNull();
    expect(result.ok && result.article.warnings).toEqual([{ line: 2, message: expect.stringMatching(/no body/) }]);
  });
});
