import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/content/schema.ts';
import { articleBody, articlePage, hugoConfig, listPage, markdownText, sectionDir } from './hugoSite.ts';
import { comparisonTable, type HugoResult } from './hugoTable.ts';

// Invented text throughout: no article from ../shared.
const blocks: Block[] = [
  { type: 'paragraph', text: 'The mayor of Brindle opened the new *glass* bridge on Tuesday.', intro: true },
  { type: 'crosshead', text: 'A long wait' },
  { type: 'pullquote', text: 'It took nine years', speaker: { name: 'Ada Quill', personId: 'ada-quill', type: 'person' } },
  { type: 'analysis', author: { name: 'Tomas Reed', role: 'Correspondent' }, blocks: [{ type: 'paragraph', text: 'Costs rose twice.' }] },
];

describe('markdownText', () => {
  it('escapes inline markup so the words render as written', () => {
    expect(markdownText('a *b* _c_ [d](e) <i> `f` x|y ~~z~~ &amp;')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<i\\> \\`f\\` x\\|y \\~\\~z\\~\\~ \\&amp;');
  });

  it('escapes what would open a heading, quote or list at the start only', () => {
    expect(markdownText('# not a heading')).toBe('\\# not a heading');
    expect(markdownText('> not a quote')).toBe('\\> not a quote');
    expect(markdownText('- not a list - here')).toBe('\\- not a list - here');
    expect(markdownText('1999. A year')).toBe('1999\\. A year');
    expect(markdownText('Up 3. Down 2.')).toBe('Up 3. Down 2.');
  });

  it('keeps Hugo shortcodes out and joins lines into one paragraph', () => {
    expect(markdownText('{{< x >}}')).toBe('\\{\\{\\< x \\>}}');
    expect(markdownText('first line\n# second')).toBe('first line # second');
  });
});

describe('articleBody', () => {
  it('writes paragraphs, crossheads, pull quotes and an analysis box apart', () => {
    expect(articleBody(blocks).split('\n\n')).toEqual([
      'The mayor of Brindle opened the new \\*glass\\* bridge on Tuesday.',
      '## A long wait',
      '> It took nine years',
      '### Tomas Reed',
      'Costs rose twice.',
    ]);
  });
});

describe('articlePage', () => {
  const page = articlePage({
    id: 'bridge-opens-1a2b3c',
    headline: 'Bridge "opens" at last',
    updated: null,
    section: 'Local',
    blocks,
    people: ['ada-quill'],
    topics: ['brindle', 'bridges'],
  });

  it('starts with JSON front matter holding the id and both term lists, and no date when there is none', () => {
    const front = JSON.parse(page.slice(0, page.indexOf('\n\n'))) as Record<string, unknown>;
    expect(front).toEqual({ title: 'Bridge "opens" at last', slug: 'bridge-opens-1a2b3c', people: ['ada-quill'], topics: ['brindle', 'bridges'] });
  });

  it('uses the taxonomy names the config declares and relates pages over them', () => {
    const config = JSON.parse(hugoConfig('Test')) as { taxonomies: Record<string, string>; related: { indices: Array<{ name: string }> } };
    const front = JSON.parse(page.slice(0, page.indexOf('\n\n'))) as Record<string, unknown>;
    for (const plural of Object.values(config.taxonomies)) expect(front).toHaveProperty(plural);
    expect(config.related.indices.map((i) => i.name).sort()).toEqual(Object.values(config.taxonomies).sort());
  });

  it('gives a list page its title', () => {
    expect(JSON.parse(listPage('Ada Quill'))).toEqual({ title: 'Ada Quill' });
  });
});

describe('sectionDir', () => {
  it('makes a folder name of the section, never a taxonomy folder', () => {
    expect(sectionDir('Science & Tech')).toBe('science-tech');
    expect(sectionDir(null)).toBe('other');
    expect(sectionDir('  ')).toBe('other');
    expect(sectionDir('People')).toBe('section-people');
  });
});

describe('comparisonTable', () => {
  const hugo: HugoResult = {
    name: '500',
    measuredAt: '2026-01-01 00:00 UTC',
    articles: 500,
    hugoVersion: '0.111.3',
    hugo: { seconds: 2, cpu: 3.5, peakMB: 120, files: 900, mb: 4.25, note: '1 cold run' },
    ingestOutput: { files: 1500, mb: 8 },
    pages: 500,
    htmlFiles: 880,
  };

  it('puts the three builds of a collection together and reads the vite build peak from its note', () => {
    const verbatim = {
      '500': {
        name: '500', contentDir: '', articles: 500, measuredAt: '2026-01-01 00:00 UTC',
        figures: {
          'ingest.cold': { value: 10, unit: 's' },
          'build.seconds': { value: 30, unit: 's', note: 'peak 812 MB' },
          'build.cpu': { value: 41, unit: 's' },
        },
      },
    };
    const rows = comparisonTable(verbatim, [hugo]).split('\n').slice(2, 5);
    expect(rows[0]).toMatch(/^\| 500 \(500 articles\) \| Verbatim ingest, cold \| 10\.0 \| n\/a \|/);
    expect(rows[1]).toMatch(/\| Verbatim ingest \+ vite build \| 30\.0 \| 41\.0 \| 812 \|/);
    expect(rows[2]).toMatch(/\| Hugo 0\.111\.3 \| 2\.0 \| 3\.5 \| 120 \| 900 \| 4\.3 \|/);
  });

  it('prints n/a with the reason when Hugo could not build', () => {
    const table = comparisonTable({}, [{ ...hugo, hugo: { missing: '`hugo` not installed' } }]);
    expect(table).toContain('| Hugo 0.111.3 | n/a | n/a | n/a | n/a | n/a | `hugo` not installed |');
    expect(table).toContain('not measured by `npm run bench`');
  });
});
