import type { FacetChoice } from './facetIndex';
import { formatCount } from '../../layout/formatCount';

export interface ShownChoice {
  id: string;
  name: string;
  /** Stories the list would show with this choice picked (the other filters kept). */
  count: number;
  selected: boolean;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB');

/**
 * The choices to show for a topic or person facet: those whose name contains the typed text and that
 * would give some stories, most stories first (collection size, then name, break ties so the order is
 * stable), at most `limit`. The chosen one is always shown, first.
 */
export function shownChoices(
  choices: readonly FacetChoice[],
  counts: Int32Array,
  text: string,
  selectedId: string | null,
  limit: number,
): { shown: ShownChoice[]; matching: number } {
  const q = fold(text.trim());
  const candidates: ShownChoice[] = [];
  let selected: ShownChoice | null = null;
  choices.forEach((choice, i) => {
    const count = counts[i] ?? 0;
    if (choice.id === selectedId) {
      selected = { id: choice.id, name: choice.name, count, selected: true };
      return;
    }
    if (count === 0 || (q && !fold(choice.name).includes(q))) return;
    candidates.push({ id: choice.id, name: choice.name, count, selected: false });
  });
  const order = new Map(choices.map((c, i) => [c.id, i]));
  // `choices` arrive biggest first, so their index breaks ties by collection size, then name.
  candidates.sort((a, b) => b.count - a.count || order.get(a.id)! - order.get(b.id)!);
  const room = selected ? limit - 1 : limit;
  const shown = candidates.slice(0, Math.max(0, room));
  return { shown: selected ? [selected, ...shown] : shown, matching: candidates.length };
}

export const storiesLabel = (n: number) => `${formatCount(n)} ${n === 1 ? 'story' : 'stories'}`;
