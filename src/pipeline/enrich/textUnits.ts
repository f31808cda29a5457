/**
 * The article body as the enrich steps see it: one unit per paragraph (analysis-box paragraphs
 * included), each with its place in `article.blocks`, joined into one document so that people,
 * salience and pronouns can be handled across paragraph boundaries with plain offsets.
 */
import type { Block } from '../../content/schema.ts';

export interface TextUnit {
  /** Index into article.blocks. */
  block: number;
  /** Index into an analysis box's blocks, else null. */
  child: number | null;
  text: string;
  /** Offset of the unit's text in the joined document. */
  offset: number;
  /** Quotes are searched only in paragraphs; other units (box headers) feed people only. */
  kind: 'paragraph' | 'boxHeader';
}

export interface BodyDocument {
  units: TextUnit[];
  /** Unit texts joined with blank lines: unit boundaries never look like one sentence. */
  text: string;
}

const SEPARATOR = '\n\n';

export function buildDocument(blocks: readonly Block[]): BodyDocument {
  const units: TextUnit[] = [];
  let offset = 0;
  const push = (block: number, child: number | null, text: string, kind: TextUnit['kind']): void => {
    units.push({ block, child, text, offset, kind });
    offset += text.length + SEPARATOR.length;
  };
  blocks.forEach((block, index) => {
    if (block.type === 'paragraph') push(index, null, block.text, 'paragraph');
    else if (block.type === 'analysis') {
      push(index, null, boxHeader(block.author), 'boxHeader');
      block.blocks.forEach((child, childIndex) => push(index, childIndex, child.text, 'paragraph'));
    }
  });
  return { units, text: units.map((u) => u.text).join(SEPARATOR) };
}

/** "BBC Europe correspondent Jonny Dymond": the header names the box's author with their role. */
function boxHeader(author: { name: string; role: string | null }): string {
  const role = author.role?.trim();
  if (!role) return `${author.name}.`;
  if (role.includes(author.name)) return `${role}.`;
  return `${role} ${author.name}.`;
}

/** The unit holding a document offset (binary search: units are in order). */
export function unitAt(doc: BodyDocument, position: number): TextUnit | undefined {
  let lo = 0;
  let hi = doc.units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const unit = doc.units[mid]!;
    if (position < unit.offset) hi = mid - 1;
    else if (position > unit.offset + unit.text.length) lo = mid + 1;
    else return unit;
  }
  return undefined;
}

/** Mentions in box headers and unpunctuated lines are labels, not narrative: no pronoun points to them. */
export function markHeadingMentions(doc: BodyDocument, mentions: Array<{ start: number; heading?: boolean }>): void {
  for (const m of mentions) {
    const unit = unitAt(doc, m.start);
    if (unit && (unit.kind === 'boxHeader' || !/[.!?"'\u201d\u2019:)]$/.test(unit.text.trim()))) m.heading = true;
  }
}
