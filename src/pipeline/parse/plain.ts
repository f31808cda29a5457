/**
 * Parser for the plain format (BBC 2004-05 collection): the headline on the first non-blank line, then one
 * paragraph per non-blank line, with lost paragraph breaks restored.
 */
import type { Block } from '../../content/schema.ts';
import type { SourceFile, Warning } from '../types.ts';
import type { SourceLine } from './lines.ts';
import type { ParseResult } from './result.ts';
import { sectionFromFolder } from './section.ts';
import { splitLostParagraphs } from './splitLostParagraphs.ts';

export function parsePlain(file: SourceFile, lines: readonly SourceLine[]): ParseResult {
  const content = lines.filter((line) => line.text !== '');
  const headlineLine = content[0];
  if (!headlineLine) return { ok: false, reason: 'empty file: no headline' };

  const warnings: Warning[] = [];
  const blocks: Block[] = [];
  for (const line of content.slice(1)) {
    for (const text of splitLostParagraphs(line.text)) blocks.push({ type: 'paragraph', text });
  }
  const first = blocks[0];
  if (first && first.type === 'paragraph') first.intro = true;
  if (blocks.length === 0) warnings.push({ line: headlineLine.number, message: 'headline with no body text' });

  return {
    ok: true,
    article: {
      source: file.source,
      format: 'plain',
      headline: headlineLine.text,
      updated: null,
      section: sectionFromFolder(file.folder),
      caption: null,
      imageAlt: null,
      blocks,
      related: [],
      warnings,
    },
  };
}
