/**
 * Which parser a file needs. Page-text files carry at least one of three shapes that never appear in plain
 * articles: the update line, the `Print Sponsor` end marker, or a related story's date line. Any one is
 * enough, because held-out pages may lack some of them.
 */
import type { SourceLine } from './lines.ts';
import { isPrintSponsorLine, looksLikeUpdateLine, parseRelatedDateLine } from './page-text/markers.ts';

export type SourceFormat = 'page-text' | 'plain';

/** How far into the file the update line may sit (a page may start with a little furniture). */
const UPDATE_LINE_WINDOW = 8;

export function detectFormat(lines: readonly SourceLine[]): SourceFormat {
  let nonBlankSeen = 0;
  for (const line of lines) {
    if (line.text === '') continue;
    nonBlankSeen++;
    if (nonBlankSeen <= UPDATE_LINE_WINDOW && looksLikeUpdateLine(line.text)) return 'page-text';
    // Only the whole marker: a plain article may have a one-word line "Sponsor" or "Print".
    if (isPrintSponsorLine(line.text)) return 'page-text';
    // A date line counts only with its section, so a lone date in a plain article cannot flip the format.
    if (parseRelatedDateLine(line.text)?.section) return 'page-text';
  }
  return 'plain';
}
