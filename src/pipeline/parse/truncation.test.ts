/**
 * Issue 12, silent truncation: a one-word subheading "Sponsor" or "Print", a paragraph that mentions
 * "print sponsor", or a "Sponsor" line in a plain file used to end the article (or vanish) without a word.
 * Only the real page-furniture shape ends a body, and whatever the parser leaves out that is not furniture is
 * reported with its line and size. All text is invented.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../content/schema.ts';
import { processFile } from '../processFile.ts';
import { FURNITURE_TAIL, HEADLINE, INTRO, PARAGRAPHS, RELATED_LINES, UPDATE_WINTER, fullPage, pageText } from './page-text/__fixtures__/invented.ts';

function parse(text: string, source = 'harbours/ferry.txt') {
  const result = processFile(source, new TextEncoder().encode(text));
  if (result.kind !== 'article') throw new Error(`rejected: ${result.reason}`);
  return result;
}

const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'analysis' ? b.blocks.map((x) => x.text) : [b.text]));

const CLOSING = 'The ferry company said the first tickets would go on sale in the autumn.';

describe('one-word subheadings are not the end of the article', () => {
  for (const word of ['Sponsor', 'Print', 'SPONSOR', 'Printable version', 'Sign in', 'See also']) {
    it(`"${word}" between paragraphs is a subheading; the paragraphs after it are kept`, () => {
      const page = pageText([UPDATE_WINTER, '', HEADLINE, '', INTRO, '', PARAGRAPHS[0], '', word, '', PARAGRAPHS[1], '', CLOSING, '', 'Print Sponsor', '', ...RELATED_LINES, '', ...FURNITURE_TAIL]);
      const { article, warnings } = parse(page);
      expect(texts(article.blocks)).toEqual(expect.arrayContaining([PARAGRAPHS[1], CLOSING]));
      expect(article.related).toHaveLength(2);
      expect(warnings.filter((w) => /dropped|no Print Sponsor/.test(w.message))).toEqual([]);
    });
  }

  it('"Sponsor" with furniture or related stories after it still ends a page that lost "Print"', () => {
    const page = pageText([UPDATE_WINTER, '', HEADLINE, '', INTRO, '', CLOSING, '', 'Sponsor', '', ...RELATED_LINES, '', ...FURNITURE_TAIL]);
    const { article } = parse(page);
    expect(texts(article.blocks)).toEqual([INTRO, CLOSING]);
    expect(article.related).toHaveLength(2);
    const split = pageText([UPDATE_WINTER, '', HEADLINE, '', INTRO, '', CLOSING, '', 'Print', 'Sponsor', '', ...FURNITURE_TAIL]);
    expect(texts(parse(split).article.blocks)).toEqual([INTRO, CLOSING]);
  });

  it('a paragraph that mentions "print sponsor" stays in the article', () => {
    const mention = 'The festival is looking for a print sponsor to pay for its programme, organisers said.';
    const page = pageText([UPDATE_WINTER, '', HEADLINE, '', INTRO, '', mention, '', CLOSING, '', 'Print Sponsor', '', ...FURNITURE_TAIL]);
    expect(texts(parse(page).article.blocks)).toEqual([INTRO, mention, CLOSING]);
  });

  it('a "Sponsor" line in a plain file is kept and the file stays plain', () => {
    const plain = ['Lowmere fair finds a backer', '', INTRO, '', 'Sponsor', '', CLOSING, ''].join('\n');
    const { article, warnings } = parse(plain);
    expect(article.format).toBe('plain');
    expect(texts(article.blocks)).toEqual([INTRO, 'Sponsor', CLOSING]);
    expect(warnings).toEqual([]);
  });
});

describe('text the parser leaves out is reported with line and size', () => {
  it('a full invented page leaves out only furniture: no warning', () => {
    expect(parse(fullPage()).warnings).toEqual([]);
  });

  it('prose after the end of the body is reported', () => {
    const lost = 'Harbour master Ines Dalgaard said the new pier would be finished before the first storms of winter.';
    const page = pageText([UPDATE_WINTER, '', HEADLINE, '', INTRO, '', 'Print Sponsor', '', lost, '', ...RELATED_LINES, '', ...FURNITURE_TAIL]);
    const { warnings } = parse(page);
    const warning = warnings.find((w) => /after the end of the body/.test(w.message));
    expect(warning).toEqual({ line: 9, message: expect.stringContaining(`dropped 1 line (${lost.length} characters) of prose`) });
  });

  it('lines before the update line are reported', () => {
    const page = pageText(['Lowmere Gazette archive copy', '', UPDATE_WINTER, '', HEADLINE, '', INTRO, '', 'Print Sponsor']);
    const { warnings } = parse(page);
    expect(warnings).toContainEqual({ line: 1, message: 'dropped 1 line (28 characters) before the update line: not part of the article' });
  });

  it('heading-like lines trimmed from the end of the body say how much', () => {
    const page = pageText([UPDATE_WINTER, '', HEADLINE, '', INTRO, '', 'Island ferry news', '', 'More from Lowmere', '', ...FURNITURE_TAIL]);
    const { warnings } = parse(page);
    expect(warnings).toContainEqual({ line: 7, message: 'dropped 2 lines (34 characters) of heading-like lines at the end of the body (promos or furniture)' });
  });
});
