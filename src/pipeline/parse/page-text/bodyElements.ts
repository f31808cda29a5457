/**
 * Turn the body items (intro to end of body) into blocks. At each item, in order of how specific the shape
 * is: analysis box header, pull quote, crosshead, else paragraph.
 */
import type { Block, ParagraphBlock } from '../../../content/schema.ts';
import type { Warning } from '../../types.ts';
import type { Item } from './items.ts';
import { MAX_BOX_PARAGRAPHS, matchBoxHeader, readsAsMainReport } from './analysisBox.ts';
import { asCrosshead } from './crosshead.ts';
import { matchPullQuote } from './pullQuote.ts';

export interface BodyResult {
  blocks: Block[];
  warnings: Warning[];
}

/** A structural element starts at `index`: where a box must end at the latest. */
function startsStructure(items: readonly Item[], index: number, end: number): boolean {
  const item = items[index];
  if (!item) return true;
  if (matchBoxHeader(items, index, end) || matchPullQuote(items, index, end)) return true;
  // A crosshead needs something after it; a short last line is a paragraph.
  return index + 1 < end && asCrosshead(item.text) !== null;
}

export function readBody(items: readonly Item[], start: number, end: number): BodyResult {
  const blocks: Block[] = [];
  const warnings: Warning[] = [];
  let index = start;
  while (index < end) {
    const item = items[index];
    if (!item) break;

    const header = matchBoxHeader(items, index, end);
    if (header) {
      const paragraphs: ParagraphBlock[] = [];
      let next = index + header.length;
      while (next < end && paragraphs.length < MAX_BOX_PARAGRAPHS && !startsStructure(items, next, end)) {
        const text = items[next]?.text ?? '';
        if (paragraphs.length > 0 && readsAsMainReport(text)) break;
        paragraphs.push({ type: 'paragraph', text });
        next++;
      }
      if (paragraphs.length === 0) warnings.push({ line: item.number, message: `analysis box by ${header.author.name} has no paragraphs` });
      blocks.push({ type: 'analysis', author: header.author, blocks: paragraphs });
      index = next;
      continue;
    }

    const pullQuote = matchPullQuote(items, index, end);
    if (pullQuote && !matchBoxHeader(items, index + 1, end)) {
      blocks.push(pullQuote);
      index += 2;
      continue;
    }

    const crosshead = index + 1 < end ? asCrosshead(item.text) : null;
    if (crosshead) {
      blocks.push(crosshead);
    } else {
      blocks.push({ type: 'paragraph', text: item.text });
    }
    index++;
  }
  markIntro(blocks);
  return { blocks, warnings };
}

/** The first paragraph of the story is the standfirst. */
function markIntro(blocks: Block[]): void {
  const first = blocks.find((block) => block.type === 'paragraph');
  if (first && first.type === 'paragraph') first.intro = true;
}
