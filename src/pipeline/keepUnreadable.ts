/**
 * A source that cannot be read for a passing reason (permission, I/O error, too many open files) must not
 * unpublish what it published before: deleting a section because its folder was briefly unreadable is
 * fail-open. Its last published article is read back from the previous output (the manifest maps each source
 * to its article id) and carried into this run's collection, so its page, list entries, search entries and
 * topic and person counts stay. A source that is gone (ENOENT) is really gone and its article goes with it.
 *
 * The kept article is the previous version as written, with references to people, topics and stories that no
 * longer exist removed (a kept story never links to a missing page).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { ArticleSchema, PersonSchema, TopicSchema, type Article, type Person, type Topic } from '../content/schema.ts';
import { dataPaths } from '../content/dataPaths.ts';
import type { LinkedCollection } from './link/index.ts';
import { isPassingFailure } from './read/fsErrors.ts';
import { readManifestSources } from './write/outDir.ts';

export interface Unreadable {
  /** A file, or a folder ending in `/`. */
  source: string;
  reason: string;
  code?: string;
}

export interface KeptArticle {
  source: string;
  id: string;
  /** Why the source could not be read this time. */
  reason: string;
}

/** Whether `source` is the unreadable entry or lies inside the unreadable folder. */
const covers = (entry: Unreadable, source: string) => (entry.source.endsWith('/') ? source.startsWith(entry.source) : source === entry.source);

/**
 * Adds the last published version of every article whose source could not be read (for a passing reason) to
 * `collection`, in place. `previousDir` is the data folder of the last complete run. Returns what was kept.
 */
export async function keepUnreadable(previousDir: string, unreadable: readonly Unreadable[], collection: LinkedCollection): Promise<KeptArticle[]> {
  const passing = unreadable.filter((u) => isPassingFailure(u.code));
  if (passing.length === 0) return [];
  const previous = await readManifestSources(previousDir);
  const present = new Set(collection.articles.map((a) => a.source));
  const ids = new Set(collection.articles.map((a) => a.id));
  const kept: KeptArticle[] = [];
  const articles: Article[] = [];
  for (const [source, id] of [...previous].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const entry = passing.find((u) => covers(u, source));
    if (!entry || present.has(source) || ids.has(id)) continue;
    const article = await readPublished(previousDir, id, source);
    if (!article) continue;
    articles.push(article);
    ids.add(id);
    kept.push({ source, id, reason: entry.reason });
  }
  if (articles.length === 0) return kept;
  const before = await readPrevious(previousDir);
  for (const article of articles) addToCollection(collection, article, ids, before);
  return kept;
}

interface Previous {
  people: Map<string, Person>;
  topics: Map<string, Topic>;
}

/** The last run's people and topics: a kept article's section or speaker may exist only through it. */
async function readPrevious(dir: string): Promise<Previous> {
  const read = async <T extends { id: string }>(file: string, schema: z.ZodType<T[]>) => {
    const text = await readFile(path.join(dir, file), 'utf8').catch(() => null);
    const parsed = text === null ? null : schema.safeParse(safeJson(text));
    return new Map((parsed?.success ? parsed.data : []).map((item) => [item.id, item]));
  };
  return { people: await read(dataPaths.people, PersonSchema.array()), topics: await read(dataPaths.topics, TopicSchema.array()) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The current entry with this id if it is the same one as before (same name); else the previous one, re-added. */
function resolve<T extends { id: string; name: string; articles: string[] }>(id: string, current: T[], previous: Map<string, T>, fresh: (old: T) => T): T | null {
  const now = current.find((x) => x.id === id);
  const then = previous.get(id);
  if (now) return !then || then.name === now.name ? now : null;
  if (!then) return null;
  const added = fresh(then);
  current.push(added);
  return added;
}

function addToCollection(collection: LinkedCollection, article: Article, articleIds: ReadonlySet<string>, before: Previous): void {
  const person = (id: string) => resolve(id, collection.people, before.people, (old) => ({ ...old, articles: [], quoteCount: 0 }));
  const topic = (id: string) => resolve(id, collection.topics, before.topics, (old) => ({ ...old, articles: [] }));
  const people = new Set(article.people.filter((id) => person(id) !== null));
  const topics = article.topics.filter((id) => topic(id) !== null);
  const personId = (id: string | null) => (id !== null && people.has(id) ? id : null);
  const cleaned: Article = {
    ...article,
    people: [...people],
    topics,
    related: article.related.map((r) => (r.id !== null && !articleIds.has(r.id) ? { ...r, id: null } : r)),
    suggested: article.suggested.filter((s) => articleIds.has(s.id)),
    quotes: article.quotes.map((q) => ({ ...q, speaker: { ...q.speaker, personId: personId(q.speaker.personId) } })),
    blocks: article.blocks.map((b) => (b.type === 'pullquote' ? { ...b, speaker: { ...b.speaker, personId: personId(b.speaker.personId) } } : b)),
  };
  collection.articles.push(cleaned);
  // Counts, pages and list filters must agree: the people and topics it names list it again.
  // Replaced, not changed: the link may hand the same person and topic objects to the next run (peopleMemo.ts).
  for (const id of cleaned.people) {
    const at = collection.people.findIndex((x) => x.id === id);
    const p = collection.people[at]!;
    collection.people[at] = { ...p, articles: [...p.articles, cleaned.id], quoteCount: p.quoteCount + cleaned.quotes.filter((q) => q.speaker.personId === id).length };
  }
  for (const id of cleaned.topics) {
    const at = collection.topics.findIndex((x) => x.id === id);
    const t = collection.topics[at]!;
    collection.topics[at] = { ...t, articles: [...t.articles, cleaned.id] };
  }
  collection.people.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
}

/** The article as the last run wrote it, or null when it is missing or no longer valid. */
async function readPublished(dir: string, id: string, source: string): Promise<Article | null> {
  const text = await readFile(path.join(dir, dataPaths.article(id)), 'utf8').catch(() => null);
  if (text === null) return null;
  // The written file also carries the names its page shows; the collection holds the article itself.
  const parsed = safeJson(text);
  if (!parsed || typeof parsed !== 'object') return null;
  const { cast: _cast, topicNames: _topicNames, ...rest } = parsed as Record<string, unknown>;
  const checked = ArticleSchema.safeParse(rest);
  return checked.success && checked.data.id === id && checked.data.source === source ? checked.data : null;
}
