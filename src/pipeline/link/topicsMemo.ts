/**
 * The last link's topics, reused when an edit cannot change them (the dev server's rebuild): buildTopics reads,
 * of each story, its id, section and candidate uses (its "uses" topic work), and of the collection the people
 * index's names, the themes and the word-case sums of the words in candidate names. When all of those are what
 * they were, the topics and each story's topic list are what they were: a second or more of tallying at 100,000
 * stories not done for an edit that names nothing new (a sentence added, a typo mended).
 */
import type { Topic } from '../../content/schema.ts';
import { sameList } from '../sameList.ts';
import type { TopicInput } from './topics.ts';

export interface WatchedSums {
  lower: ReadonlyMap<string, number>;
  capital: ReadonlyMap<string, number>;
  inLongerName: ReadonlyMap<string, number>;
}

export interface TopicsMemo {
  ids: readonly string[];
  sections: ReadonlyArray<string | null>;
  /** Each story's owner (the enriched article) whose uses were tallied. */
  owners: ReadonlyMap<string, object>;
  people: readonly string[];
  themes: ReadonlyMap<string, { name: string; articles: readonly string[] }>;
  /** The words the ordinary-word test read, and their sums then. */
  watched: ReadonlySet<string>;
  sums: WatchedSums;
  topics: Topic[];
  perArticle: ReadonlyMap<string, string[]>;
}

export interface TopicsNow {
  inputs: ReadonlyArray<TopicInput>;
  people: readonly string[];
  themes: ReadonlyMap<string, { name: string; articles: readonly string[] }>;
  /** The sums of the given words now. */
  sumsOf: (words: ReadonlySet<string>) => WatchedSums;
  /** A story's uses as last tallied, by its owner then: undefined when no longer kept. */
  usesBefore: (owner: object) => ReadonlyArray<{ asOrganisation: boolean; shapedLikePerson: boolean }> | undefined;
  /** A story's uses now (made, and kept, when not yet made). */
  usesNow: (input: TopicsNow['inputs'][number]) => ReadonlyArray<{ asOrganisation: boolean; shapedLikePerson: boolean }>;
}

/** Whether the last link's topics hold for the collection now (see the module comment). */
export function sameTopicInputs(last: TopicsMemo, now: TopicsNow): boolean {
  const { inputs } = now;
  if (!sameList(last.ids, inputs.map((i) => i.id)) || !sameList(last.sections, inputs.map((i) => i.section))) return false;
  if (!sameList(last.people, now.people)) return false;
  for (const input of inputs) {
    const before = last.owners.get(input.id);
    if (input.owner === undefined) return false;
    if (before === input.owner) continue;
    const old = before && now.usesBefore(before);
    const uses = now.usesNow(input);
    // A person-shaped organisation's fate reads the story's text (personUses), not only its uses.
    if (!old || uses.some((u) => u.asOrganisation && u.shapedLikePerson) || JSON.stringify(old) !== JSON.stringify(uses)) return false;
  }
  if (!sameThemes(last.themes, now.themes)) return false;
  const sums = now.sumsOf(last.watched);
  return sameCounts(sums.lower, last.sums.lower) && sameCounts(sums.capital, last.sums.capital) && sameCounts(sums.inLongerName, last.sums.inLongerName);
}

function sameThemes(a: TopicsMemo['themes'], b: TopicsMemo['themes']): boolean {
  if (a.size !== b.size) return false;
  for (const [key, theme] of a) {
    const other = b.get(key);
    if (!other || other.name !== theme.name || !sameList(other.articles, theme.articles)) return false;
  }
  return true;
}

function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, count] of a) if (b.get(key) !== count) return false;
  return true;
}
