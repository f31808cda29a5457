/**
 * The page-text parser works on "items": the non-blank lines, each knowing how many blank lines preceded
 * it. Pairs such as pull quote + name or name + role line sit on adjacent lines (gap 0), which tells them
 * apart from elements that merely follow each other.
 */
import type { SourceLine } from '../lines.ts';

export interface Item {
  /** 1-based source line number. */
  number: number;
  /** Trimmed text of the line. */
  text: string;
  /** Blank lines between this item and the previous non-blank line (0 = directly after it). */
  gapBefore: number;
}

export function toItems(lines: readonly SourceLine[]): Item[] {
  const items: Item[] = [];
  let blanks = 0;
  for (const line of lines) {
    if (line.text === '') {
      blanks++;
      continue;
    }
    // No-break spaces (and their Latin-1 mojibake) act as spaces: names and role lines must compare equal.
    const text = line.text.replace(/\u00c2\u00a0/g, ' ').replace(/\u00a0/g, ' ');
    items.push({ number: line.number, text, gapBefore: blanks });
    blanks = 0;
  }
  return items;
}
