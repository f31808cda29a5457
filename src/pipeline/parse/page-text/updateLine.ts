/**
 * Find and read the update line at the top of a page. A missing or unreadable line gives `updated: null`
 * and a warning; a time is never invented.
 */
import type { Warning } from '../../types.ts';
import { parseUpdateLine } from '../dates.ts';
import type { Item } from './items.ts';
import { looksLikeUpdateLine } from './markers.ts';

/** The update line may follow a little leading furniture, but never sits deep in the page. */
const SEARCH_WINDOW = 8;

export interface UpdateLineFinding {
  /** Index of the update line among the items, or -1 when the page has none. */
  index: number;
  updated: string | null;
  warnings: Warning[];
}

export function findUpdateLine(items: readonly Item[]): UpdateLineFinding {
  const limit = Math.min(items.length, SEARCH_WINDOW);
  for (let index = 0; index < limit; index++) {
    const item = items[index];
    if (!item || !looksLikeUpdateLine(item.text)) continue;
    const { updated, problems } = parseUpdateLine(item.text);
    const warnings = problems.map((message) => ({ line: item.number, message }));
    return { index, updated, warnings };
  }
  // A first line too damaged to match the usual shapes still reads as an update line when it talks of an
  // update or a time zone next to a number — taking it as the headline would be worse.
  const first = items[0];
  if (first && first.text.length <= 200 && /\b(updated|GMT|BST)\b/i.test(first.text) && /\d/.test(first.text) && items.length > 1) {
    const { updated, problems } = parseUpdateLine(first.text);
    return { index: 0, updated, warnings: problems.map((message) => ({ line: first.number, message })) };
  }
  const expectedAt = items[0]?.number ?? 1;
  return { index: -1, updated: null, warnings: [{ line: expectedAt, message: 'no update line: updated time unknown' }] };
}
