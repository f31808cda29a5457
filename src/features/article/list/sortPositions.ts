/**
 * The list's orders over list positions (a position is a story's place in the newest-first list, so
 * ascending positions are "newest first, undated last" already).
 *
 *  - date: the positions as they are.
 *  - section: sections A–Z, stories without a section last, newest first within each (from the facet
 *    columns alone: no story file is read to sort).
 *  - relevance: how well each story answers what was asked, best first, newest first on a tie. It reads
 *    the stories' summaries (the catalog): the words of `q` in the headline count most, then in the
 *    standfirst; a topic or person counts more the earlier the story lists it (the pipeline lists a story's
 *    topics strongest first and its people in the order the story names them).
 */
import type { ArticleSummary } from '../../../content/schema';
import type { FacetIndex } from './facetIndex';
import { foldText } from './filterCatalog';
import type { ListFilters } from './listFilters';

export function sortBySection(positions: Uint32Array, index: Pick<FacetIndex, 'sections' | 'sectionOf'>): Uint32Array {
  const names = index.sections.map((s) => foldText(s.name));
  // Rank of each section in A–Z order; a story with no section (-1) sorts after every named one.
  const order = names.map((_, i) => i).sort((a, b) => names[a]!.localeCompare(names[b]!, 'en-GB') || a - b);
  const rank = new Int32Array(names.length);
  order.forEach((section, r) => (rank[section] = r));
  const rankOf = (p: number) => {
    const s = index.sectionOf[p]!;
    return s < 0 ? names.length : rank[s]!;
  };
  return Uint32Array.from(positions).sort((a, b) => rankOf(a) - rankOf(b) || a - b);
}

/** How well one story answers the filters' words, topic and person; 0 when none of them applies. */
export function relevanceScore(story: ArticleSummary, filters: Pick<ListFilters, 'q' | 'topic' | 'person'>): number {
  let score = 0;
  if (filters.q) {
    const words = foldText(filters.q).split(/\s+/).filter(Boolean);
    const headline = foldText(story.headline);
    const standfirst = foldText(story.standfirst);
    for (const word of words) score += 3 * occurrences(headline, word) + occurrences(standfirst, word);
  }
  const rankWeight = (list: readonly string[], id: string) => {
    const at = list.indexOf(id);
    return at < 0 ? 0 : 1 / (1 + at);
  };
  if (filters.topic) score += rankWeight(story.topics, filters.topic);
  if (filters.person) score += rankWeight(story.people, filters.person);
  return score;
}

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

export function sortByRelevance(
  positions: Uint32Array,
  catalog: readonly ArticleSummary[],
  filters: Pick<ListFilters, 'q' | 'topic' | 'person'>,
): Uint32Array {
  const score = new Map<number, number>();
  for (const p of positions) score.set(p, catalog[p] ? relevanceScore(catalog[p], filters) : 0);
  return Uint32Array.from(positions).sort((a, b) => score.get(b)! - score.get(a)! || a - b);
}
