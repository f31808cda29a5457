/**
 * Parser for archived news pages as plain text ("page text"): update line, headline, caption, body
 * elements, then `Print Sponsor`, related stories and furniture. The rules are summarised in
 * ../README.md; each element's rule lives in its own module beside this one.
 */
import type { SourceFile, Warning } from '../../types.ts';
import type { SourceLine } from '../lines.ts';
import type { ParseResult } from '../result.ts';
import { sectionFromFolder } from '../section.ts';
import { findBodyEnd, trimTrailingHeadings } from './bodyEnd.ts';
import { asCrosshead } from './crosshead.ts';
import { readBody } from './bodyElements.ts';
import { isFurniture } from './furniture.ts';
import { amountOf, droppedAfterBody, droppedBeforeUpdate } from './dropped.ts';
import { readHead } from './head.ts';
import { toItems } from './items.ts';
import { isPrintSponsorLine, parseRelatedDateLine } from './markers.ts';
import { parseRelated } from './related.ts';
import { findUpdateLine } from './updateLine.ts';

export function parsePageText(file: SourceFile, lines: readonly SourceLine[]): ParseResult {
  const items = toItems(lines);
  const update = findUpdateLine(items);
  const warnings: Warning[] = [...update.warnings];
  const before = droppedBeforeUpdate(items, update.index);
  if (before) warnings.push(before);

  const headlineIndex = update.index + 1;
  const headlineItem = items[headlineIndex];
  if (!headlineItem) return { ok: false, reason: update.index >= 0 ? 'no headline after the update line' : 'empty file: no headline' };
  if (isPrintSponsorLine(headlineItem.text) || isFurniture(headlineItem.text) || parseRelatedDateLine(headlineItem.text)) {
    return { ok: false, reason: `no headline: line ${headlineItem.number} is page furniture` };
  }

  const bodyEnd = findBodyEnd(items, headlineIndex + 1);
  if (bodyEnd.kind !== 'marker') {
    const at = items[bodyEnd.index]?.number ?? null;
    warnings.push({ line: at, message: `no Print Sponsor line: body ends at ${bodyEnd.kind === 'end-of-file' ? 'the end of the file' : `the first ${bodyEnd.kind} line`}` });
  }

  const head = readHead(items, headlineIndex + 1, bodyEnd.index);
  const bodyStop = trimTrailingHeadings(items, head.bodyStart, bodyEnd.index, (text) => asCrosshead(text) !== null);
  if (bodyStop < bodyEnd.index) {
    const trimmed = items.slice(bodyStop, bodyEnd.index);
    warnings.push({ line: items[bodyStop]?.number ?? null, message: `dropped ${amountOf(trimmed)} of heading-like lines at the end of the body (promos or furniture)` });
  }
  // Furniture never reaches the body: findBodyEnd stops at the first furniture line, so every item up to
  // bodyStop is the article's own (a one-word subheading such as "Sponsor" included).
  const { blocks, warnings: bodyWarnings } = readBody(items, head.bodyStart, bodyStop);
  warnings.push(...bodyWarnings);
  if (!blocks.some((block) => block.type === 'paragraph' || block.type === 'analysis')) {
    warnings.push({ line: headlineItem.number, message: 'headline with no body text' });
  }

  const relatedLines = new Set<number>();
  const related = parseRelated(items, bodyEnd.index, relatedLines);
  const after = droppedAfterBody(items, bodyEnd.index, relatedLines);
  if (after) warnings.push(after);

  return {
    ok: true,
    article: {
      source: file.source,
      format: 'page-text',
      headline: headlineItem.text,
      updated: update.updated,
      section: sectionFromFolder(file.folder),
      caption: head.caption,
      imageAlt: head.imageAlt,
      blocks,
      related,
      warnings,
    },
  };
}
