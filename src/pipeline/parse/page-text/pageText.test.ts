import { describe, expect, it } from 'vitest';
import type { Block } from '../../../content/schema.ts';
import type { ParsedArticle } from '../../types.ts';
import { splitLines } from '../lines.ts';
import { parsePageText } from './index.ts';
import {
  BOX_PARAGRAPHS,
  FURNITURE_TAIL,
  HEADLINE,
  INTRO,
  MAIN_AFTER_BOX,
  PARAGRAPHS,
  RELATED_LINES,
  UPDATE_SUMMER,
  UPDATE_WINTER,
  fullPage,
  pageText,
  withBlankLines,
} from './__fixtures__/invented.ts';

function parse(text: string, folder: string | null = 'scotland'): ParsedArticle {
  const result = parsePageText({ source: 'scotland/ferry.txt', text, folder }, splitLines(text));
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result.article;
}

function ofType<T extends Block['type']>(blocks: Block[], type: T): Extract<Block, { type: T }>[] {
  return blocks.filter((block): block is Extract<Block, { type: T }> => block.type === type);
}

function allText(blocks: Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'analysis' ? block.blocks.map((b) => b.text) : [block.text]));
}

/** A short page: update line, headline, the given middle lines, Print Sponsor and the furniture tail. */
function simplePage(middle: readonly string[], update: string | null = UPDATE_WINTER): string {
  return pageText([...(update === null ? [] : [update, '']), HEADLINE, '', ...middle, '', 'Print Sponsor', '', ...FURNITURE_TAIL]);
}

describe('parsePageText: a full page', () => {
  const article = parse(fullPage());

  it('reads the head', () => {
    expect(article.format).toBe('page-text');
    expect(article.headline).toBe(HEADLINE);
    expect(article.updated).toBe('2009-03-03T09:15:00.000Z');
    expect(article.caption).toBe('Lowmere says yes to Skarra crossing');
    expect(article.imageAlt).toBeNull();
    expect(article.section).toBe('Scotland');
    expect(article.warnings).toEqual([]);
  });

  it('marks the first paragraph as the intro, and only that one', () => {
    expect(article.blocks[0]).toEqual({ type: 'paragraph', text: INTRO, intro: true });
    expect(ofType(article.blocks, 'paragraph').filter((p) => p.intro)).toHaveLength(1);
  });

  it('finds crossheads, quoted or not', () => {
    expect(ofType(article.blocks, 'crosshead')).toEqual([
      { type: 'crosshead', text: 'Stop living apart', quoted: true },
      { type: 'crosshead', text: 'Rents and worries' },
    ]);
  });

  it('finds the pull quote and its speaker', () => {
    expect(ofType(article.blocks, 'pullquote')).toEqual([
      {
        type: 'pullquote',
        text: 'We have waited long enough for this crossing',
        speaker: { name: 'Marta Kellgren', personId: null, type: 'person' },
      },
    ]);
  });

  it('ends the analysis box where the main report resumes', () => {
    const [box] = ofType(article.blocks, 'analysis');
    expect(box?.author).toEqual({ name: 'Tomas Varga', role: 'BBC Scotland correspondent' });
    expect(box?.blocks.map((b) => b.text)).toEqual([...BOX_PARAGRAPHS]);
    expect(article.blocks[article.blocks.length - 1]).toEqual({ type: 'paragraph', text: MAIN_AFTER_BOX });
  });

  it('reads related stories with dates and sections', () => {
    expect(article.related).toEqual([
      { title: 'Island ferry plan faces vote', date: '2009-03-02', section: 'Scotland', id: null },
      { title: 'Profile: Lowmere council', date: '2008-01-15', section: 'UK Politics', id: null },
    ]);
  });

  it('keeps furniture out of the body', () => {
    const joined = allText(article.blocks).join('\n');
    for (const furniture of ['Print Sponsor', 'Sign in', 'BBC navigation', 'Copyright', 'not responsible', 'lighthouse']) {
      expect(joined).not.toContain(furniture);
    }
  });
});

describe('parsePageText: head variants', () => {
  it('has no caption when the intro follows the headline', () => {
    const article = parse(simplePage(withBlankLines([INTRO, PARAGRAPHS[0]])));
    expect(article.caption).toBeNull();
    expect(article.imageAlt).toBeNull();
    expect(article.blocks[0]).toEqual({ type: 'paragraph', text: INTRO, intro: true });
  });

  it('reads an image alt (a name) over a caption sentence', () => {
    const article = parse(simplePage(['Marta Kellgren', 'The council leader said the vote was historic.', '', INTRO, '', PARAGRAPHS[0]]));
    expect(article.imageAlt).toBe('Marta Kellgren');
    expect(article.caption).toBe('The council leader said the vote was historic.');
    expect(article.blocks[0]).toEqual({ type: 'paragraph', text: INTRO, intro: true });
  });

  it('reads an image alt over an unpunctuated caption, even with a blank line between', () => {
    const article = parse(simplePage(withBlankLines(['Ferry at the quay', 'The old ferry last sailed in 1987', INTRO, PARAGRAPHS[0]])));
    expect(article.imageAlt).toBe('Ferry at the quay');
    expect(article.caption).toBe('The old ferry last sailed in 1987');
    expect(article.blocks[0]).toMatchObject({ text: INTRO, intro: true });
  });

  it('reads a short alt over a very short caption sentence', () => {
    const article = parse(simplePage(['Ferry at the quay', 'The old ferry in 1987.', '', INTRO]));
    expect([article.imageAlt, article.caption]).toEqual(['Ferry at the quay', 'The old ferry in 1987.']);
    expect(article.blocks[0]).toMatchObject({ text: INTRO, intro: true });
  });

  it('keeps a caption with the intro directly under it (missing blank line)', () => {
    const article = parse(simplePage(['Lowmere says yes', INTRO, '', PARAGRAPHS[0]]));
    expect([article.imageAlt, article.caption]).toEqual([null, 'Lowmere says yes']);
    expect(article.blocks[0]).toMatchObject({ text: INTRO, intro: true });
  });

  it('does not take a caption for an image alt when the intro follows it', () => {
    const article = parse(simplePage(withBlankLines(['Lowmere says yes', INTRO, PARAGRAPHS[0]])));
    expect(article.caption).toBe('Lowmere says yes');
    expect(article.imageAlt).toBeNull();
  });
});

describe('parsePageText: body variants', () => {
  it('reads a page with no crossheads, pull quote, box or related stories', () => {
    const article = parse(simplePage(withBlankLines([INTRO, ...PARAGRAPHS])));
    expect(article.blocks.map((b) => b.type)).toEqual(Array(6).fill('paragraph'));
    expect(article.related).toEqual([]);
    expect(article.warnings).toEqual([]);
  });

  it('reads several pull quotes and boxes, in both role-line styles', () => {
    const article = parse(
      simplePage([
        INTRO,
        '',
        PARAGRAPHS[0],
        '',
        'A ferry is not a luxury for an island',
        'Marta Kellgren',
        '',
        PARAGRAPHS[1],
        '',
        'Tomas Varga',
        'BBC Scotland correspondent Tomas Varga',
        '',
        BOX_PARAGRAPHS[0],
        '',
        BOX_PARAGRAPHS[1],
        '',
        'Nobody asked the fishermen what they thought',
        'Ewan Drummond',
        '',
        PARAGRAPHS[3],
        '',
        'Ilse Brandt',
        'Ilse Brandt, BBC News, Skarra',
        '',
        BOX_PARAGRAPHS[2],
        '',
        '"We will be watching every sailing," said harbour master Ewan Drummond.',
        '',
        PARAGRAPHS[4],
      ]),
    );
    expect(ofType(article.blocks, 'pullquote').map((q) => q.speaker.name)).toEqual(['Marta Kellgren', 'Ewan Drummond']);
    const boxes = ofType(article.blocks, 'analysis');
    expect(boxes.map((box) => box.author)).toEqual([
      { name: 'Tomas Varga', role: 'BBC Scotland correspondent' },
      { name: 'Ilse Brandt', role: 'BBC News, Skarra' },
    ]);
    // The first box ends at the pull quote, the second at the attributed quotation.
    expect(boxes.map((box) => box.blocks.length)).toEqual([2, 1]);
    expect(article.blocks.slice(-2).map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('ends a box before a crosshead and caps its length', () => {
    const many = Array.from({ length: 9 }, (_, i) => `The island has seen ${i + 2} plans come and go over the years.`);
    const article = parse(
      simplePage(withBlankLines([INTRO, 'Tomas Varga', 'BBC Scotland correspondent Tomas Varga', ...many, 'What comes next', PARAGRAPHS[4]]).map((l) => l)),
    );
    const [box] = ofType(article.blocks, 'analysis');
    expect(box?.blocks.length).toBeLessThanOrEqual(6);
    expect(ofType(article.blocks, 'crosshead').map((c) => c.text)).toEqual(['What comes next']);
  });

  it('ends a box at reported speech attributed to a newsmaker', () => {
    const article = parse(
      simplePage([
        INTRO,
        '',
        'Tomas Varga',
        'BBC Scotland correspondent Tomas Varga',
        '',
        BOX_PARAGRAPHS[0],
        '',
        BOX_PARAGRAPHS[1],
        '',
        'Mrs Kellgren said the council would publish the costs next week.',
        '',
        PARAGRAPHS[3],
      ]),
    );
    const [box] = ofType(article.blocks, 'analysis');
    expect(box?.blocks).toHaveLength(2);
  });

  it('copes with doubled and missing blank lines', () => {
    const article = parse(
      pageText([
        UPDATE_WINTER,
        '',
        '',
        HEADLINE,
        'Lowmere says yes to Skarra crossing',
        INTRO,
        PARAGRAPHS[0],
        '',
        '',
        'Rents and worries',
        PARAGRAPHS[1],
        'We have waited long enough for this crossing',
        'Marta Kellgren',
        PARAGRAPHS[3],
        '',
        '',
        '',
        'Print Sponsor',
        ...RELATED_LINES,
        ...FURNITURE_TAIL,
      ]),
    );
    expect(article.headline).toBe(HEADLINE);
    expect(article.caption).toBe('Lowmere says yes to Skarra crossing');
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'crosshead', 'paragraph', 'pullquote', 'paragraph']);
    expect(article.related).toHaveLength(2);
  });

  it('reads curly quotation marks', () => {
    const article = parse(
      simplePage([
        INTRO,
        '',
        '\u2018Stop living apart\u2019',
        '',
        PARAGRAPHS[1],
        '',
        '\u201cWe have waited long enough\u201d',
        'Marta Kellgren',
        '',
        'Tomas Varga',
        'BBC Scotland correspondent Tomas Varga',
        '',
        BOX_PARAGRAPHS[0],
        '',
        '\u201cThe piers will be ready,\u201d the operator\u2019s chief said.',
      ]),
    );
    expect(ofType(article.blocks, 'crosshead')).toEqual([{ type: 'crosshead', text: 'Stop living apart', quoted: true }]);
    expect(ofType(article.blocks, 'pullquote')[0]?.text).toBe('We have waited long enough');
    expect(ofType(article.blocks, 'analysis')[0]?.blocks).toHaveLength(1);
  });

  it('keeps an apostrophe-led line as a paragraph, not a quoted crosshead', () => {
    const article = parse(simplePage(withBlankLines([INTRO, "'Tis the season for ferries, the skipper joked.", PARAGRAPHS[0]])));
    expect(ofType(article.blocks, 'crosshead')).toEqual([]);
  });
});

describe('parsePageText: end of body', () => {
  it('stops at a related list when Print Sponsor is missing', () => {
    const text = pageText([UPDATE_WINTER, '', HEADLINE, '', ...withBlankLines([INTRO, PARAGRAPHS[0]]), '', ...RELATED_LINES, '', ...FURNITURE_TAIL]);
    const article = parse(text);
    expect(allText(article.blocks)).toEqual([INTRO, PARAGRAPHS[0]]);
    expect(article.related).toHaveLength(2);
    expect(article.warnings.some((w) => /Print Sponsor/.test(w.message))).toBe(true);
  });

  it('stops at furniture when Print Sponsor and related stories are missing', () => {
    const text = pageText([UPDATE_WINTER, '', HEADLINE, '', ...withBlankLines([INTRO, PARAGRAPHS[0]]), '', ...FURNITURE_TAIL]);
    const article = parse(text);
    expect(allText(article.blocks)).toEqual([INTRO, PARAGRAPHS[0]]);
    expect(article.related).toEqual([]);
  });

  it('accepts Print and Sponsor on their own', () => {
    for (const marker of ['Print', 'Sponsor', 'PRINT SPONSOR']) {
      const text = pageText([UPDATE_WINTER, '', HEADLINE, '', INTRO, '', marker, '', 'Stray promo line for another story']);
      expect(allText(parse(text).blocks)).toEqual([INTRO]);
    }
  });

  it('reads related dates in Latin-1 mojibake and without a section', () => {
    const text = simplePage([INTRO]).replace('Print Sponsor', 'Print Sponsor\n\nFerry history\n02 Mar 09\u00c2\u00a0|\u00c2\u00a0 Scotland\nOld piers\n30 Nov 99');
    expect(parse(text).related).toEqual([
      { title: 'Ferry history', date: '2009-03-02', section: 'Scotland', id: null },
      { title: 'Old piers', date: '1999-11-30', section: null, id: null },
    ]);
  });
});

describe('parsePageText: update line', () => {
  it('stores the GMT instant in summer and checks the UK time', () => {
    const article = parse(simplePage([INTRO], UPDATE_SUMMER));
    expect(article.updated).toBe('2010-07-14T16:05:00.000Z');
    expect(article.warnings).toEqual([]);
  });

  it('warns when the UK time does not match Europe/London', () => {
    const article = parse(simplePage([INTRO], 'Page last updated at 16:05 GMT, Wednesday, 14 July 2010 16:05 UK'));
    expect(article.updated).toBe('2010-07-14T16:05:00.000Z');
    expect(article.warnings).toEqual([{ line: 1, message: expect.stringMatching(/UK time/) }]);
  });

  it('warns when the weekday is wrong', () => {
    const article = parse(simplePage([INTRO], 'Page last updated at 09:15 GMT, Friday, 3 March 2009 09:15 UK'));
    expect(article.updated).toBe('2009-03-03T09:15:00.000Z');
    expect(article.warnings).toEqual([{ line: 1, message: expect.stringMatching(/weekday/) }]);
  });

  it('gives null and a warning when the update line is malformed', () => {
    const article = parse(simplePage([INTRO], 'Page last updated at 27:99 GMT, Tuesday, 31 February 2009'));
    expect(article.updated).toBeNull();
    expect(article.headline).toBe(HEADLINE);
    expect(article.warnings[0]?.line).toBe(1);
  });

  it('gives null and a warning when the update line is missing', () => {
    const article = parse(simplePage([INTRO, '', PARAGRAPHS[0]], null));
    expect(article.updated).toBeNull();
    expect(article.headline).toBe(HEADLINE);
    expect(article.warnings).toContainEqual({ line: 1, message: expect.stringMatching(/no update line/) });
  });

  it('points the warning at the real line number when the update line is not first', () => {
    const text = '\n\nPage last updated at 09:15 GMT, Monday, 3 March 2009\n\n' + HEADLINE + '\n\n' + INTRO + '\n\nPrint Sponsor';
    const article = parse(text);
    expect(article.warnings).toEqual([{ line: 3, message: expect.stringMatching(/weekday/) }]);
  });
});

describe('parsePageText: rejections and thin pages', () => {
  it('rejects a page with only an update line', () => {
    const text = UPDATE_WINTER + '\n\n';
    expect(parsePageText({ source: 'x.txt', text, folder: null }, splitLines(text)).ok).toBe(false);
  });

  it('keeps a headline without body, with a warning', () => {
    const article = parse(pageText([UPDATE_WINTER, '', HEADLINE, '', 'Print Sponsor']), null);
    expect(article.blocks).toEqual([]);
    expect(article.section).toBeNull();
    expect(article.warnings.some((w) => /no body/.test(w.message))).toBe(true);
  });
});

describe('parsePageText: damaged first line', () => {
  it('takes a garbled line that mentions an update as the update line, not the headline', () => {
    const article = parse(simplePage([INTRO], 'Pg last updated 9 GMT Tues 3 Mar'));
    expect(article.headline).toBe(HEADLINE);
    expect(article.updated).toBeNull();
    expect(article.warnings[0]?.line).toBe(1);
  });
});

describe('parsePageText: trailing promos without any end marker', () => {
  it('drops heading-like lines that end the body', () => {
    const text = pageText([UPDATE_WINTER, '', HEADLINE, '', ...withBlankLines([INTRO, 'Rents and worries', PARAGRAPHS[0], 'Why seals love harbours', 'Ten ferries that changed history'])]);
    const article = parse(text);
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'crosshead', 'paragraph']);
    expect(article.warnings.some((w) => /dropped/.test(w.message))).toBe(true);
  });
});
