import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BlockSchema, RelatedStorySchema } from '../../content/schema.ts';
import { parseSource } from './index.ts';
import { fullPage } from './page-text/__fixtures__/invented.ts';
import { cpuMillis } from '../../test/cpuTime.ts';

const file = (text: string, folder: string | null = 'tech') => ({ source: 'tech/x.txt', text, folder });

describe('parseSource', () => {
  it('routes page text and plain text to their parsers', () => {
    const page = parseSource(file(fullPage()));
    const plain = parseSource(file('Robot wins chess prize\n\nA robot has won a regional chess prize.'));
    expect(page.ok && page.article.format).toBe('page-text');
    expect(plain.ok && plain.article.format).toBe('plain');
    expect(plain.ok && plain.article.section).toBe('Tech');
  });

  it('rejects empty and blank files', () => {
    for (const text of ['', '\n\n', ' \u00a0 \n\t']) {
      expect(parseSource(file(text))).toEqual({ ok: false, reason: expect.any(String) });
    }
  });

  it('never throws, whatever the input', () => {
    const pieces = fc.constantFrom(
      '\n', '\n\n', ' ', '"', '\u201c', "'", '.', 'Print Sponsor', 'Print', 'Page last updated at 09:15 GMT, Tuesday, 15 July 2025 10:15 UK',
      'Page last updated at', '18 Sep 09\u00a0|\u00a0 Europe', '31 Feb 09 | X', 'Marta Kellgren', 'BBC Arctic correspondent Marta Kellgren',
      'Marta Kellgren, BBC News, Tromso', "'Quoted head'", 'Short head', 'A sentence of prose ends here.', 'Sign in', 'Copyright \u00a9 2019 BBC',
    );
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, fc.option(fc.string({ maxLength: 12 }), { nil: null }), (input, folder) => {
        const result = parseSource(file(input, folder));
        if (result.ok) {
          expect(result.article.headline.trim()).not.toBe('');
          // Whatever came in, what goes out fits the shared schema.
          z.array(BlockSchema).parse(result.article.blocks);
          z.array(RelatedStorySchema).parse(result.article.related);
          z.string().datetime().nullable().parse(result.article.updated);
          for (const warning of result.article.warnings) expect(warning.line === null || warning.line >= 1).toBe(true);
        } else {
          expect(result.reason).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('runs in bounded time on hostile input', () => {
    const hostile = [
      'A\n' + '. "'.repeat(100_000),
      'Page last updated at ' + '12:34 GMT '.repeat(20_000),
      'Head\n\n' + 'Marta Kellgren\n'.repeat(20_000),
      'Head\n\n' + ', he '.repeat(100_000) + 'said.',
      'Head\n\n' + '\n'.repeat(200_000) + 'Print Sponsor',
      'Head\n\n' + "'".repeat(200_000),
      'Page last updated at 21:44 GMT, Friday, 18 September 2009\n\nHead\n\n' + 'Short head\n\nA line of prose here.\n\n'.repeat(5_000),
    ];
    for (const text of hostile) {
      const started = cpuMillis();
      expect(() => parseSource(file(text))).not.toThrow();
      expect(cpuMillis() - started).toBeLessThan(3000);
    }
  });
});
