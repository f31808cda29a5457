/**
 * The first phase of a dev-server rebuild ("the edit visible"): one edited story linked against the last
 * link's state, without touching the rest of the collection. Its id, section and related titles are last
 * link's (the edit must keep them: see `linkEdited`); each name it uses gets the person id the last link
 * gave that name in this story, or else the one person of the collection with exactly that name; its topics
 * and computed related stories are last link's, unchanged. The second phase (the full incremental link)
 * then works out what the edit really changed, here and elsewhere, and overwrites what differs.
 */
import type { Article, Person } from '../../content/schema.ts';
import type { EnrichedArticle } from '../types.ts';
import { linkedArticle, type LinkedEntry } from './index.ts';

export type EditedLink = { ok: true; article: Article } | { ok: false; reason: string };

/**
 * The edited story linked from its last link (`before`), or why it cannot be: a different headline (a new
 * id, and other stories' related titles may resolve to it), format or related-story furniture (the section
 * and the collection's section names rest on them) asks for the whole link.
 */
export function linkEdited(edited: EnrichedArticle, before: LinkedEntry, personByName: (name: string) => string | null): EditedLink {
  const last = before.from;
  if (edited.source !== last.source) return { ok: false, reason: 'a different source' };
  if (edited.headline !== last.headline) return { ok: false, reason: 'the headline changed (the story gets a new id)' };
  if (edited.format !== last.format) return { ok: false, reason: 'the format changed' };
  if (JSON.stringify(edited.related) !== JSON.stringify(last.related)) return { ok: false, reason: 'its related-story lines changed (sections rest on them)' };
  const idFor = (name: string): string | null => (before.names.has(name) ? before.names.get(name)! : personByName(name));
  const article = linkedArticle(edited, before.article.id, before.article.section, before.article.related, idFor);
  // Frozen until the second phase: which topics the edit adds or drops, and how every related list moves,
  // are collection-wide questions; the page shows last link's answer for a few seconds rather than a third one.
  article.topics = before.article.topics;
  article.suggested = before.article.suggested;
  return { ok: true, article };
}

/**
 * A name → person id lookup over the collection's people: a name only one person has (a namesake shared by
 * two is left unlinked until the full link decides between them).
 */
export function peopleByName(people: readonly Person[]): (name: string) => string | null {
  let index: Map<string, string | null> | undefined;
  return (name) => {
    if (!index) {
      index = new Map();
      for (const p of people) index.set(p.name, index.has(p.name) ? null : p.id);
    }
    return index.get(name) ?? null;
  };
}
