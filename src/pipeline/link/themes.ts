/**
 * Themes: two-word phrases of content words ("interest rates", "music industry") that recur in several stories
 * but are not everywhere. Each story takes its strongest few (count in the story × rarity in the collection).
 *
 * A rebuild after one edit (the dev server, `ThemeState` kept in the link state) changes the collection's
 * phrase counts by the stories that changed instead of folding every story's phrases again (seconds at
 * 100,000 stories): a story's strength ranking reads only its phrases written twice or more, which it keeps.
 */
import { STOP_WORDS } from './text.ts';
import { minimumStories } from './topicMinimum.ts';

export const MAX_THEMES_PER_ARTICLE = 3;

/** A story's theme forms with their counts, in the text's order: a Map, or the packed form kept between rebuilds. */
export type ThemeForms = Iterable<[form: string, count: number]>;

/** What findThemes reads of one story. */
export interface ThemeSource {
  id: string;
  /** The story's forms (each call may make them again unless they are kept). */
  forms: () => ThemeForms;
  /** Its folded phrases written twice or more, with their counts (the only ones that can be among its strongest). */
  repeated: () => ReadonlyArray<readonly [phrase: string, count: number]>;
  /** What the forms are a pure function of (the enriched article), when kept between runs. */
  owner?: object;
}

/** The collection's phrase counts as of the last link, and what the themes' names were counted from. */
export interface ThemeState {
  /** Each story's owner by id, as counted into `df`. */
  owners: ReadonlyMap<string, object>;
  /** Folded phrase → how many stories hold it. Taken by the next link (`undefined` once it has been). */
  df: Map<string, number> | undefined;
  /** Each kept theme's written forms with their counts over the stories holding it. */
  written: Map<string, Map<string, number>>;
}

export interface FoundThemes {
  themes: Map<string, { name: string; articles: string[] }>;
  state: ThemeState | undefined;
}

/** A story's phrases folded ("mobile phones" → "mobile phone") with their counts, in the order they first appear. */
export function foldedPhrases(forms: ThemeForms): Map<string, number> {
  const phrases = new Map<string, number>();
  for (const [form, count] of forms) {
    const phrase = foldPhrase(form);
    phrases.set(phrase, (phrases.get(phrase) ?? 0) + count);
  }
  return phrases;
}

/** The folded phrases a story writes twice or more (what ThemeSource.repeated gives). */
export function repeatedPhrases(forms: ThemeForms): Array<readonly [string, number]> {
  return [...foldedPhrases(forms)].filter(([, count]) => count >= 2);
}

/**
 * The themes of a collection. With `previous` (the last link's state; every source has an owner, and every
 * owner counted there that is gone still has its forms through `formsOf`) the phrase counts are last link's
 * changed by the stories that changed; otherwise counted afresh. The same themes either way.
 */
export function findThemes(
  sources: readonly ThemeSource[],
  options: { remember: boolean; previous?: ThemeState; formsOf?: (owner: object) => ThemeForms | undefined },
): FoundThemes {
  const owners = options.remember && sources.every((s) => s.owner !== undefined) ? new Map(sources.map((s) => [s.id, s.owner!])) : undefined;
  // Without kept work (a one-off link) each story's phrases are folded once here and let go with the call.
  const folded = owners ? undefined : sources.map((s) => foldedPhrases(s.forms()));
  const counted = owners ? countedFrom(sources, owners, options.previous, options.formsOf) : undefined;
  const df = counted?.df ?? countFolded(folded!);
  const n = sources.length;
  const minimum = Math.max(minimumStories(n), Math.ceil(n * 0.004));
  const maximum = Math.max(minimum + 1, Math.floor(n * 0.15));
  const themes = new Map<string, string[]>();
  sources.forEach((source, doc) => {
    const repeated = folded ? [...folded[doc]!].filter(([, count]) => count >= 2) : source.repeated();
    const strongest = repeated
      .filter(([p]) => df.get(p)! >= minimum && df.get(p)! <= maximum)
      .map(([p, count]) => [p, count * Math.log(n / df.get(p)!)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_THEMES_PER_ARTICLE);
    for (const [p] of strongest) {
      const list = themes.get(p);
      if (list) list.push(source.id);
      else themes.set(p, [source.id]);
    }
  });
  // A theme needs the minimum number of stories where it is among the strongest phrases.
  const kept = new Map([...themes].filter(([, ids]) => ids.length >= minimum));
  const written =
    counted?.changed && sameKeys(counted.changed.written, kept) ? changedForms(counted.changed) : writtenForms(sources, kept, folded);
  const result = new Map<string, { name: string; articles: string[] }>();
  for (const [p, ids] of kept) result.set(p, { name: preferredForm(written.get(p) ?? new Map([[p, 1]])), articles: ids });
  return { themes: result, state: owners ? { owners, df, written } : undefined };
}

/**
 * Last link's counts changed by the stories that changed, or counted afresh (and then kept) when there is no
 * last state or a gone story's forms are no longer known. The last state's counts are taken, not copied: a link
 * that stops half way leaves a state without them, and the next counts afresh.
 */
function countedFrom(
  sources: readonly ThemeSource[],
  owners: ReadonlyMap<string, object>,
  previous: ThemeState | undefined,
  formsOf: ((owner: object) => ThemeForms | undefined) | undefined,
): { df: Map<string, number>; changed?: Changed } {
  if (previous?.df && formsOf) {
    const goneOwners = [...previous.owners].filter(([id, owner]) => owners.get(id) !== owner).map(([, owner]) => owner);
    const gone = goneOwners.map(formsOf);
    if (gone.every((forms) => forms !== undefined)) {
      const df = previous.df;
      previous.df = undefined;
      const came = sources.filter((s) => previous.owners.get(s.id) !== s.owner).map((s) => s.forms());
      for (const forms of gone) addStory(df, forms!, -1);
      for (const forms of came) addStory(df, forms, 1);
      return { df, changed: { gone: gone as ThemeForms[], came, written: previous.written } };
    }
  }
  return { df: countFolded(sources.map((s) => foldedPhrases(s.forms()))) };
}

/** The stories that changed since the last link (their forms then and now), and the themes' forms as counted then. */
interface Changed {
  gone: ThemeForms[];
  came: ThemeForms[];
  written: Map<string, Map<string, number>>;
}

function countFolded(folded: Iterable<ReadonlyMap<string, number>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const phrases of folded) for (const phrase of phrases.keys()) df.set(phrase, (df.get(phrase) ?? 0) + 1);
  return df;
}

function addStory(df: Map<string, number>, forms: ThemeForms, sign: 1 | -1): void {
  for (const phrase of foldedPhrases(forms).keys()) {
    const count = (df.get(phrase) ?? 0) + sign;
    if (count === 0) df.delete(phrase);
    else df.set(phrase, count);
  }
}

/**
 * How each theme is written ("human rights", never the folded "human right"): the forms of the kept phrases
 * counted over the stories holding them. Counted for the themes alone, once they are known (forms of every
 * phrase of the collection were millions of small maps at 100,000 stories).
 */
function writtenForms(
  sources: readonly ThemeSource[],
  kept: ReadonlyMap<string, unknown>,
  folded: ReadonlyArray<ReadonlyMap<string, number>> | undefined,
): Map<string, Map<string, number>> {
  const written = new Map<string, Map<string, number>>([...kept.keys()].map((p) => [p, new Map()]));
  if (kept.size === 0) return written;
  sources.forEach((source, doc) => {
    // Folded already (a one-off link): a story holding no theme is not made again from its text.
    if (folded && ![...folded[doc]!.keys()].some((phrase) => kept.has(phrase))) return;
    addForms(written, source.forms(), 1);
  });
  return written;
}

/** The last link's written forms (of the same themes) less the gone stories' and plus the new ones'. */
function changedForms(changed: Changed): Map<string, Map<string, number>> {
  for (const forms of changed.gone) addForms(changed.written, forms, -1);
  for (const forms of changed.came) addForms(changed.written, forms, 1);
  return changed.written;
}

function addForms(written: Map<string, Map<string, number>>, forms: ThemeForms, sign: 1 | -1): void {
  for (const [form, count] of forms) {
    const counts = written.get(foldPhrase(form));
    if (!counts) continue;
    const total = (counts.get(form) ?? 0) + sign * count;
    if (total === 0) counts.delete(form);
    else counts.set(form, total);
  }
}

function sameKeys(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}

/** The form the text uses most; on a tie the title-cased one, which reads best in running text. */
export function preferredForm(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || titleScore(b[0]) - titleScore(a[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function titleScore(form: string): number {
  return /^[A-Z][a-z]/.test(form) ? 1 : 0;
}

/** A text's theme forms: pairs of lower-case content words, counted, in the text's order. */
export function themePhrases(text: string): Map<string, number> {
  // Words as written: a theme is made of common nouns, so a capitalised word (a name) breaks a pair.
  const words = text.match(/[A-Za-z][a-z-]+/g) ?? [];
  // One flat map per article (not a map per phrase): every article's is kept between runs.
  const forms = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    // Letters only: a hyphenated token is markup or a compound ("tweet-id"), not half of a subject.
    if (!/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) continue;
    if (a.length < 4 || b.length < 4 || STOP_WORDS.has(a) || STOP_WORDS.has(b) || THEME_BLOCKLIST.has(a) || THEME_BLOCKLIST.has(b)) continue;
    forms.set(`${a} ${b}`, (forms.get(`${a} ${b}`) ?? 0) + 1);
  }
  return forms;
}

/** The phrase a written form folds to: the first word, then the second made singular ("mobile phones" → "mobile phone"). */
export function foldPhrase(form: string): string {
  const space = form.indexOf(' ');
  return `${form.slice(0, space)} ${singular(form.slice(space + 1))}`;
}

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(ss|us|is|ics)$/.test(word) && word.length > 4) return word.slice(0, -1);
  return word;
}

/** Words that make phrases about reporting or time rather than subjects. */
const THEME_BLOCKLIST = new Set(
  `said says told added spokesman spokeswoman statement reported reports according expected announced
  believe believed think thought thing things time times year years month months week weeks days later
  earlier recent recently last next first second third previous former current latest good great best
  better bigger biggest major main little long high higher highest large larger largest small smaller
  number numbers amount level levels group groups including included official officials people percent
  million billion pounds dollars euros cent around already every whole total told able told going
  there their these those which while where whether would could should might
  minister ministers secretary president chairman chairwoman chief executive leader leaders director
  manager coach boss chancellor governor spokesperson officer head editor correspondent analyst analysts
  member members deputy shadow general senior junior`.split(/\s+/),
);
