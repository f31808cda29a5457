import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotatedSources, isExcluded, quotationRows } from './quotesSampleRows.ts';

const root = mkdtempSync(join(tmpdir(), 'verbatim-quotes-sample-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const quote = (text: string, name: string | null) => ({ text, speaker: { name, type: name ? 'person' : 'unknown' } });

describe('quotationRows', () => {
  it('lists every quotation with its source, leaving out excluded stories however their path is written', () => {
    const dir = join(root, 'out');
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'a.json'), JSON.stringify({ source: 'tech/001.txt', quotes: [quote('We ship in May.', 'Ada Morrow')] }));
    writeFileSync(join(dir, 'articles', 'b.json'), JSON.stringify({ source: 'sport/002.txt', quotes: [quote('A fine win.', null), quote('Again!', null)] }));
    expect(quotationRows(dir, new Set()).map((r) => `${r.source} ${r.quote.text}`)).toEqual(['tech/001.txt We ship in May.', 'sport/002.txt A fine win.', 'sport/002.txt Again!']);
    expect(quotationRows(dir, new Set(['bbc-2004-05/sport/002.txt'])).map((r) => r.source)).toEqual(['tech/001.txt']);
  });

  it('matches whole path parts only', () => {
    expect(isExcluded('tech/001.txt', new Set(['bbc-2004-05/tech/001.txt']))).toBe(true);
    expect(isExcluded('tech/001.txt', new Set(['bbc-2004-05/hightech/001.txt']))).toBe(false);
  });

  it('reads the annotated sources from the eval folders', () => {
    const folder = join(root, 'devset');
    mkdirSync(folder);
    writeFileSync(join(folder, 'tech-001.json'), JSON.stringify({ file: 'bbc-2004-05/tech/001.txt', quotes: [] }));
    writeFileSync(join(folder, 'README.md'), 'not an annotation');
    expect([...annotatedSources([folder])]).toEqual(['bbc-2004-05/tech/001.txt']);
  });
});
