/**
 * The whole BBC 2004-05 collection (read from /work/shared at run time): every file must parse as a plain
 * article with a headline, at least one paragraph and the section named by its folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSource } from './index.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const corpusRoot = path.resolve(repoRoot, '../shared/corpus/bbc-2004-05');
const present = existsSync(corpusRoot);
if (!present) console.warn(`corpus test skipped: ${corpusRoot} not found`);

describe.skipIf(!present)('the bbc-2004-05 collection', () => {
  it('parses all 2,003 files as plain articles', () => {
    let count = 0;
    const problems: string[] = [];
    for (const folder of readdirSync(corpusRoot).sort()) {
      const section = folder.charAt(0).toUpperCase() + folder.slice(1);
      for (const name of readdirSync(path.join(corpusRoot, folder)).filter((n) => n.endsWith('.txt'))) {
        count++;
        const source = `${folder}/${name}`;
        const text = readFileSync(path.join(corpusRoot, folder, name), 'utf8');
        const result = parseSource({ source, text, folder });
        if (!result.ok) {
          problems.push(`${source}: rejected (${result.reason})`);
          continue;
        }
        const { article } = result;
        if (article.format !== 'plain') problems.push(`${source}: format ${article.format}`);
        if (article.headline.trim() === '') problems.push(`${source}: no headline`);
        if (!article.blocks.some((b) => b.type === 'paragraph')) problems.push(`${source}: no paragraph`);
        if (article.section !== section) problems.push(`${source}: section ${article.section}`);
        if (article.blocks[0]?.type !== 'paragraph' || !article.blocks[0].intro) problems.push(`${source}: no intro`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBe(2003);
  });
});
