/**
 * Topics: each article's section, plus the organisations and places it names and the recurring
 * themes of the collection. Names are normalised (`Nato` = `NATO`), and a topic must recur across
 * several stories, so that one-off or junk candidates never become topics.
 */
import type { Topic, TopicKind } from '../../content/schema.ts';
import type { TopicCandidate } from '../types.ts';
import { slugify } from '../ids.ts';
import { foldText, foldWords } from '../../content/slug.ts';
import { STOP_WORDS } from './text.ts';
import { isPlaceAbbreviation, knownPlace, mentionUse, personShaped, personUses, sumWordCase, wordCaseCounts, PackedWordCase, WordCaseSums, type MentionUse, type WordCaseLookup } from './topicEvidence.ts';
import { PackedCounts } from '../packedCounts.ts';
import { findThemes, preferredForm, repeatedPhrases, themePhrases, type ThemeForms, type ThemeState } from './themes.ts';
import { minimumStories } from './topicMinimum.ts';
import { sameTopicInputs, type TopicsMemo, type WatchedSums } from './topicsMemo.ts';

export interface TopicOptions {
  /** The people index's names: someone the collection knows as a person is never an organisation or place topic. */
  people?: Iterable<string>;
  /** Keep each article's topic work for the next run (a rebuild redoes it for changed stories only). */
  remember?: boolean;
  /** The last link's word-case sums (`remember`): this link changes them by the stories that changed. */
  wordCase?: WordCaseState;
  /** The last link's theme phrase counts (`remember`): this link changes them by the stories that changed. */
  themes?: ThemeState;
  /** The last link's topics and what they were made from (`remember`): reused when nothing they read changed. */
  last?: TopicsMemo;
}

/** The collection's word-case sums, with the story (its owner: the enriched article) each id was summed from. */
export interface WordCaseState {
  owners: ReadonlyMap<string, object>;
  sums: WordCaseSums;
}

export interface TopicInput {
  id: string;
  section: string | null;
  candidates: TopicCandidate[];
  /** The article's text as written: themes and name fragments are judged against it. */
  text: string;
  /**
   * What the text and candidates are a pure function of, never changed while the topic work is kept (the
   * enriched article: link/index.ts). Kept work is found by it without reading the text, which is then not
   * kept either; without it the work is keyed by the candidate list and checked against the text.
   */
  owner?: object;
}

export const MAX_TOPICS_PER_ARTICLE = 8;

export function topicKey(name: string): string {
  // Unicode-aware: a section or place named in any script keeps its own key (foldWords keeps every letter).
  return foldWords(foldText(name).replace(/^the\s+/, '').replace(/['’]s$/, ''), ' ').trim();
}

/** A candidate that can never be a useful topic: too short, a number, a stop word, a sentence. */
function isJunk(key: string): boolean {
  if (key.length < 2 || /^\d/.test(key) || NOT_TOPICS.has(key)) return true;
  const words = key.split(' ');
  if (words.length > 5) return true;
  return words.every((w) => STOP_WORDS.has(w));
}

/** Abbreviations and words that name-finders take for organisations or places but are neither. */
const NOT_TOPICS = new Set(
  'gmt bst utc est edt pst pdt cst cdt cet mp mps id tv pc ceo cfo pm qc dj cd dvd pr it us them mr mrs ms dr st plc ltd inc co ok gb united swede swedes agm awol obe mbe cbe os ai mep meps gp diy'.split(' '),
);
/**
 * Abbreviations of technologies, formats and conditions (SMS, GPS, HIV): subjects a reader may follow,
 * but no organisation; name-finders file every capitalised acronym as one.
 */
const TERM_ABBREVIATIONS = new Set(
  'sms mms gprs 3g usb gps lcd hdtv hd vcr vhs adsl dsl wifi wi-fi drm mp3 pdf html rfid voip iptv dvr pvr hiv aids sars bse dna gdp rss pda pdas cgi fm ip'.split(' '),
);
/** "Asian", "Americans", "Londoners", "Swiss": a place's people or adjective, not the place. */
const DEMONYM = /^(?:[a-z]+(?:ans?|ese|ish|ers|iards?)|[a-z]*(?:swiss|french|dutch|greek|thai|iraqi|israeli|pakistani|saudi|kuwaiti))s?$/;

/** Words that open place names which name-finders sometimes split off ("New York" → "York"). */
const PLACE_PREFIXES = new Set(
  'New North South East West Northern Southern Upper Lower Saudi Sri Hong Costa Puerto El Los Las San Santa Sao St Great Wall'.split(' '),
);

/**
 * The name as the text really writes it: a fragment cut from a longer name ("York" of "New York",
 * "Exchange Commission" of "Securities and Exchange Commission") is completed where the prefix is a
 * known place prefix, and dropped when the text mostly writes it as part of something longer.
 */
function completeName(name: string, words: WordIndex): string | null {
  const parts = name.split(/\s+/);
  if (parts.length > 8 || name.length > 80) return null;
  // A single capitalised word the text also uses in lower case ("Oil", "Mobile") is a common noun.
  if (parts.length === 1 && /^[A-Z][a-z]+$/.test(name)) {
    const upper = words.positions.get(name)?.length ?? 0;
    const lower = words.positions.get(name.toLowerCase())?.length ?? 0;
    if (lower >= upper) return null;
  }
  const starts = (words.positions.get(parts[0]!) ?? []).filter((at) =>
    parts.every((part, k) => (words.tokens[at + k] ?? '').replace(TRAILING_PUNCTUATION, '') === part),
  );
  if (starts.length === 0) return name;
  // The head of a longer name ("Kelmar School" of "Kelmar School of Music"), mostly written with its "of …":
  // the name is the whole of it, as the text first writes it.
  const continued = starts.filter((at) => words.tokens[at + parts.length - 1] === parts[parts.length - 1] && words.tokens[at + parts.length] === 'of' && /^[A-Z]/.test(words.tokens[at + parts.length + 1] ?? ''));
  if (continued.length * 2 > starts.length) return `${name} of ${nameRun(words.tokens, continued[0]! + parts.length + 1)}`;
  const prefixedAt = starts.find((at) => at > 0 && PLACE_PREFIXES.has(words.tokens[at - 1]!));
  if (prefixedAt !== undefined) return `${words.tokens[prefixedAt - 1]} ${name}`;
  const fragments = starts.filter((at) => {
    const before = words.tokens[at - 1] ?? '';
    const twoBefore = words.tokens[at - 2] ?? '';
    if (/^[A-Z][a-z]+$/.test(before) && twoBefore !== '' && !/[.!?:"]$/.test(twoBefore) && !/^(The|A|An)$/.test(before)) return true;
    return /^(and|of|&)$/.test(before) && /^[A-Z]/.test(twoBefore);
  });
  return fragments.length * 2 > starts.length ? null : name;
}

const TRAILING_PUNCTUATION = /[)"'’”.,;:!?]+$/;

/** The capitalised words from `at` (up to three), ending at the first that carries punctuation. */
function nameRun(tokens: readonly string[], at: number): string {
  const run: string[] = [];
  for (let k = at; k < at + 3 && /^[A-Z]/.test(tokens[k] ?? ''); k++) {
    const word = tokens[k]!;
    run.push(word.replace(TRAILING_PUNCTUATION, '').replace(/['’]s$/, ''));
    if (word !== word.replace(TRAILING_PUNCTUATION, '') || /['’]s$/.test(word)) break;
  }
  return run.join(' ');
}

/** An article's words in order, with where each one occurs: names are looked up, never re-scanned. */
interface WordIndex {
  tokens: string[];
  positions: Map<string, number[]>;
}

function indexWords(text: string): WordIndex {
  // Punctuation stays attached to its word, so "said." is not "said" and sentence ends stay visible.
  const tokens = text.split(/\s+/).filter(Boolean);
  const positions = new Map<string, number[]>();
  tokens.forEach((token, at) => {
    for (const key of new Set([token, token.replace(/^[("'‘“]+/, '').replace(TRAILING_PUNCTUATION, '')])) {
      let list = positions.get(key);
      if (!list) positions.set(key, (list = []));
      list.push(at);
    }
  });
  return { tokens: tokens.map((t) => t.replace(/^[("'‘“]+/, '')), positions };
}

interface Tally {
  /** Votes for the kind, one per story: the kind most stories give wins. */
  kinds: Map<TopicKind, number>;
  forms: Map<string, number>;
  articles: Set<string>;
  mentions: Map<string, number>;
  /** Mentions in the text, and those followed by a product noun ("… players", "… handset"). */
  used: number;
  asProduct: number;
}

export function buildTopics(
  inputs: TopicInput[],
  options: TopicOptions = {},
): { topics: Topic[]; topicsFor: (articleId: string) => string[]; wordCase: WordCaseState | undefined; themes: ThemeState | undefined; last: TopicsMemo | undefined } {
  const partOf = topicParts(options.remember ?? false);
  const wordCase = options.remember ? collectionWordCase(inputs, partOf, options.wordCase) : undefined;
  const peopleNames = [...(options.people ?? [])];
  // Themes first: they read only each story's phrases, and decide with the rest whether last link's topics hold.
  const found = findThemes(
    inputs.map((input) => ({ id: input.id, forms: () => partOf(input, 'themes'), repeated: () => partOf(input, 'repeated'), ...(input.owner ? { owner: input.owner } : {}) })),
    { remember: options.remember ?? false, ...(options.themes ? { previous: options.themes } : {}), formsOf: (owner) => topicWork.get(owner)?.parts.themes },
  );
  const usesBefore = (owner: object) => topicWork.get(owner)?.parts.uses;
  const usesNow = (input: TopicInput) => partOf(input, 'uses');
  if (wordCase && options.last && sameTopicInputs(options.last, { inputs, people: peopleNames, themes: found.themes, sumsOf: (words) => wordCase.sums.watched(words), usesBefore, usesNow })) {
    const last: TopicsMemo = { ...options.last, owners: wordCase.owners };
    return { topics: last.topics, topicsFor: (id) => last.perArticle.get(id) ?? [], wordCase, themes: found.state, last };
  }
  const people = new Set(peopleNames.map((name) => name.toLowerCase()));
  const peopleKeys = new Set([...people].map(topicKey));
  /** Stories where a person-shaped name is used as a person's (see personUses), by topic key. */
  const usedAsPerson = new Map<string, number>();
  const tallies = new Map<string, Tally>();
  const note = (key: string, kind: TopicKind, form: string, articleId: string, use: Pick<MentionUse, 'mentions' | 'asProduct'> = { mentions: 0, asProduct: 0 }) => {
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { kinds: new Map(), forms: new Map(), articles: new Set(), mentions: new Map(), used: 0, asProduct: 0 }));
    if (!tally.articles.has(articleId)) tally.kinds.set(kind, (tally.kinds.get(kind) ?? 0) + 1);
    tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
    tally.articles.add(articleId);
    tally.mentions.set(articleId, (tally.mentions.get(articleId) ?? 0) + 1);
    tally.used += use.mentions;
    tally.asProduct += use.asProduct;
  };

  // First how each story uses each name. Then, per name that recurs enough to be a topic (the place
  // lexicon is slow, so it is asked once per such name, never per mention): a known country, city or state
  // is a place; a place name used as a team in a third or more of the sports stories naming it is a team in every
  // sports story (most mentions there are "X have …" or "X and Y …", with no cue nearby), and elsewhere
  // where most of a story's mentions are as a team.
  const minimum = minimumStories(inputs.length);
  const uses: Array<{ key: string; kind: TopicKind; form: string; id: string; use: MentionUse; sports: boolean }> = [];
  const storiesOf = new Map<string, Set<string>>();
  for (const input of inputs) {
    if (input.section) note(`section ${topicKey(input.section)}`, 'section', input.section, input.id);
    const sports = /^sports?$/i.test(input.section ?? '');
    let words: ReturnType<typeof indexWords> | undefined;
    for (const { key, kind, form, use, name, asOrganisation, shapedLikePerson } of partOf(input, 'uses')) {
      // Someone the people index knows, or a person's name the text uses as one, is not an organisation.
      // (The people index is collection-wide, so this is judged here, not in the per-article work.)
      if (asOrganisation && peopleKeys.has(key)) continue;
      if (asOrganisation && shapedLikePerson) {
        words ??= indexWords(input.text);
        if (personUses(name, words.tokens, words.positions, people) > 0) usedAsPerson.set(key, (usedAsPerson.get(key) ?? 0) + 1);
      }
      uses.push({ key, kind, form, id: input.id, use, sports });
      let stories = storiesOf.get(key);
      if (!stories) storiesOf.set(key, (stories = new Set()));
      stories.add(input.id);
    }
  }
  const placeOf = new Map<string, 'country' | 'place' | null>();
  const sportsUse = new Map<string, { stories: number; asTeam: number }>();
  for (const u of uses) {
    if ((storiesOf.get(u.key)?.size ?? 0) < minimum) continue;
    if (!placeOf.has(u.key)) placeOf.set(u.key, isPlaceAbbreviation(u.form) ? null : knownPlace(u.form));
    if (u.sports) {
      const counts = sportsUse.get(u.key) ?? { stories: 0, asTeam: 0 };
      counts.stories++;
      if (u.use.asTeam > 0) counts.asTeam++;
      sportsUse.set(u.key, counts);
    }
  }
  for (const u of uses) {
    if ((storiesOf.get(u.key)?.size ?? 0) < minimum || isPlaceAbbreviation(u.form) || usedAsPerson.has(u.key)) continue;
    const place = placeOf.get(u.key) ?? null;
    // A town's name used as its team is the team (a topic of its own); a country stays the country.
    const couldBeTeam = (place !== null || u.kind === 'place') && place !== 'country';
    const sports = sportsUse.get(u.key);
    const teamName = couldBeTeam && sports !== undefined && sports.asTeam >= 2 && sports.asTeam * 3 >= sports.stories;
    // A sports story that only ever says where something happened ("the final in Marlport") means the town.
    const onlyVenue = u.use.mentions > 0 && u.use.asVenue === u.use.mentions;
    const team = teamName && ((u.sports && !onlyVenue) || (u.use.asTeam > 0 && u.use.asTeam * 2 >= u.use.mentions));
    if (team) note(`team ${u.key}`, 'organisation', u.form, u.id, u.use);
    else note(u.key, place ? 'place' : u.kind, u.form, u.id, u.use);
  }
  for (const [key, theme] of found.themes) {
    if (tallies.has(key)) continue;
    for (const id of theme.articles) note(key, 'theme', theme.name, id);
  }

  const watched = watchedWords(tallies);
  const sums = wordCase ? wordCase.sums.watched(watched) : sumWordCase((function* () {
    // Lazily, one text at a time: unless kept for the next run, each text's counts are summed and let go.
    for (const input of inputs) yield partOf(input, 'wordCase');
  })(), watched);
  const commonWord = commonWordTest(sums);
  const kept = [...tallies]
    .map(([key, t]) => [key, { ...t, kind: majorityKind(t.kinds) }] as const)
    .filter(([, t]) => t.kind === 'section' || (t.articles.size >= minimum && !(t.asProduct * 3 >= t.used && t.asProduct > 0) && !commonWord(t.forms)));
  const usedIds = new Set<string>();
  const topics: Topic[] = [];
  const idByKey = new Map<string, string>();
  // Bigger topics claim their slug first, so ids do not depend on input order.
  kept.sort((a, b) => b[1].articles.size - a[1].articles.size || (a[0] < b[0] ? -1 : 1));
  for (const [key, tally] of kept) {
    const name = preferredForm(tally.forms);
    let id = slugify(name) || 'topic';
    if (usedIds.has(id)) id = `${id}-${tally.kind}`;
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(name)}-${n}`;
    usedIds.add(id);
    idByKey.set(key, id);
    // Each topic's stories are filled in below, from the articles that keep it.
    topics.push({ id, name, kind: tally.kind, articles: [] });
  }

  // Each kept topic hands its weight to the articles naming it: one pass over the mentions, not a scan of
  // every topic per article (quadratic at 10,000 stories).
  const offered = new Map<string, Array<{ id: string; kind: TopicKind; weight: number }>>();
  for (const [key, t] of kept) {
    const id = idByKey.get(key)!;
    for (const [articleId, weight] of t.mentions) {
      const list = offered.get(articleId);
      if (list) list.push({ id, kind: t.kind, weight });
      else offered.set(articleId, [{ id, kind: t.kind, weight }]);
    }
  }
  const perArticle = new Map<string, string[]>();
  for (const input of inputs) {
    const ranked = (offered.get(input.id) ?? [])
      .sort((a, b) => Number(b.kind === 'section') - Number(a.kind === 'section') || b.weight - a.weight || (a.id < b.id ? -1 : 1))
      .slice(0, MAX_TOPICS_PER_ARTICLE);
    perArticle.set(input.id, ranked.map((r) => r.id));
  }
  // A topic lists exactly the stories that carry it (an article keeps only its strongest few topics),
  // so its count, its page and the list filter always agree.
  const carriers = new Map<string, string[]>();
  for (const input of inputs) {
    for (const id of perArticle.get(input.id) ?? []) {
      const list = carriers.get(id);
      if (list) list.push(input.id);
      else carriers.set(id, [input.id]);
    }
  }
  const carried = topics
    .map((topic) => ({ ...topic, articles: carriers.get(topic.id) ?? [] }))
    .filter((topic) => topic.articles.length > 0)
    .sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1));
  const last: TopicsMemo | undefined = wordCase
    ? { ids: inputs.map((i) => i.id), sections: inputs.map((i) => i.section), owners: wordCase.owners, people: peopleNames, themes: found.themes, watched, sums, topics: carried, perArticle }
    : undefined;
  return { topics: carried, topicsFor: (id) => perArticle.get(id) ?? [], wordCase, themes: found.state, last };
}

function majorityKind(kinds: Map<TopicKind, number>): TopicKind {
  return [...kinds].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The words of candidate names (not sections or themes): what the ordinary-word test reads the collection's sums of. */
function watchedWords(tallies: Map<string, Tally>): Set<string> {
  const watched = new Set<string>();
  const candidates = [...tallies.values()].filter((t) => !t.kinds.has('section') && !t.kinds.has('theme'));
  for (const t of candidates) for (const form of t.forms.keys()) for (const word of form.split(/\s+/)) watched.add(word.toLowerCase());
  return watched;
}

/**
 * Names that are ordinary words: a single word the collection writes in lower case at least as often as
 * capitalised, or mostly inside longer names ("Securities", "Center", "Post"), or a name in capitals whose every word the collection also writes
 * in lower case ("FULL TEXT", "LETTERS": headings and labels). Acronyms (never written in lower case) pass.
 */
function commonWordTest({ lower, capital, inLongerName }: WatchedSums): (forms: Map<string, number>) => boolean {
  return (forms) => {
    const names = [...forms.keys()];
    const shouted = names.every((n) => !/[a-z]/.test(n));
    if (shouted) {
      return names.every((n) => n.split(/\s+/).every((w) => /[A-Za-z]{3,}/.test(w) && (lower.get(w.toLowerCase()) ?? 0) >= 2));
    }
    const words = names[0]!.split(/\s+/);
    if (words.length !== 1) return false;
    const key = words[0]!.toLowerCase();
    const capitalised = capital.get(key) ?? 0;
    // Written mostly in lower case, or mostly as one word of a longer name ("Exchange Center", "Washington Post").
    return (lower.get(key) ?? 0) >= capitalised || (inLongerName.get(key) ?? 0) * 2 > capitalised;
  };
}

/** What one article contributes to topics, whatever the rest of the collection holds. */
interface ArticleTopicWork {
  /** Its candidates, completed and judged against its text; junk dropped. */
  uses: Array<{ key: string; kind: TopicKind; form: string; use: MentionUse; name: string; asOrganisation: boolean; shapedLikePerson: boolean }>;
  /**
   * Each written form of a theme phrase ("mobile phones") with its count, in the text's order. The folded
   * phrases ("mobile phone") are made from these each link (findThemes): keeping both doubled what is kept.
   */
  themes: ThemeForms;
  /** Its folded phrases written twice or more: what its strongest themes are chosen from. */
  repeated: ReadonlyArray<readonly [string, number]>;
  wordCase: WordCaseLookup;
}

type TopicPart = <K extends keyof ArticleTopicWork>(input: TopicInput, part: K) => ArticleTopicWork[K];

/**
 * Per article, keyed by its candidate list (an enriched article's own array, kept by the pipeline's
 * cache for as long as the source is unchanged) and checked against the text: a rebuild redoes this work
 * for the edited story only. Pure functions of (candidates, text), so reuse is exact. Only kept when asked
 * (`remember`): a one-off link computes each part when needed and lets it go.
 */
const topicWork = new WeakMap<object, { text: string | undefined; parts: Partial<ArticleTopicWork> }>();

const computePart: { [K in keyof ArticleTopicWork]: (input: TopicInput, partOf: TopicPart) => ArticleTopicWork[K] } = {
  uses: (input) => candidateUses(input),
  themes: (input) => themePhrases(input.text),
  repeated: (input, partOf) => repeatedPhrases(partOf(input, 'themes')),
  wordCase: (input) => wordCaseCounts(input.text),
};

/** How a part is held when kept for the next run: the word-case counts packed (PackedWordCase). */
const keepPart: { [K in keyof ArticleTopicWork]?: (made: ArticleTopicWork[K]) => ArticleTopicWork[K] } = {
  wordCase: (made) => (made instanceof Map ? PackedWordCase.of(made) : made),
  themes: (made) => (made instanceof Map ? PackedCounts.of(made) : made),
};

function topicParts(remember: boolean): TopicPart {
  const partOf: TopicPart = (input, part) => {
    if (!remember) return computePart[part](input, partOf);
    let known = topicWork.get(input.owner ?? input.candidates);
    if (input.owner) {
      if (!known) topicWork.set(input.owner, (known = { text: undefined, parts: {} }));
    } else if (!known || known.text !== input.text) {
      topicWork.set(input.candidates, (known = { text: input.text, parts: {} }));
    }
    const kept = known.parts[part] as ArticleTopicWork[typeof part] | undefined;
    if (kept !== undefined) return kept;
    const made = computePart[part](input, partOf);
    const keep = keepPart[part] as ((made: ArticleTopicWork[typeof part]) => ArticleTopicWork[typeof part]) | undefined;
    known.parts[part] = keep ? keep(made) : made;
    return made;
  };
  return partOf;
}

/**
 * Every story's word-case counts summed, when the link keeps its work (each input has an owner): from the last
 * link's sums, less the stories that changed or left and plus the ones that changed or came, when every story
 * left has its counts still kept; else summed afresh. The sums are a copy: the last link's state is not changed.
 */
function collectionWordCase(inputs: readonly TopicInput[], partOf: TopicPart, previous: WordCaseState | undefined): WordCaseState | undefined {
  if (inputs.some((input) => input.owner === undefined)) return undefined;
  const owners = new Map(inputs.map((input) => [input.id, input.owner!]));
  const keptCounts = (owner: object) => topicWork.get(owner)?.parts.wordCase;
  if (previous) {
    const gone = [...previous.owners].filter(([id, owner]) => owners.get(id) !== owner).map(([, owner]) => owner);
    if (gone.every((owner) => keptCounts(owner) !== undefined)) {
      const sums = previous.sums.copy();
      for (const owner of gone) sums.add(keptCounts(owner)!, -1);
      for (const input of inputs) if (previous.owners.get(input.id) !== input.owner) sums.add(partOf(input, 'wordCase'), 1);
      return { owners, sums };
    }
  }
  const sums = WordCaseSums.empty();
  for (const input of inputs) sums.add(partOf(input, 'wordCase'), 1);
  return { owners, sums };
}

function candidateUses(input: TopicInput): ArticleTopicWork['uses'] {
  const words = indexWords(input.text);
  const uses: ArticleTopicWork['uses'] = [];
  for (const candidate of input.candidates) {
    const name = completeName(candidate.name, words);
    if (!name) continue;
    const key = topicKey(name);
    if (isJunk(key) || (candidate.kind === 'place' && DEMONYM.test(key))) continue;
    const use = mentionUse(name, words.tokens, words.positions);
    const kind = TERM_ABBREVIATIONS.has(key) ? 'theme' : candidate.kind;
    const asOrganisation = candidate.kind === 'organisation';
    uses.push({ key, kind, form: name.replace(/^the\s+/i, ''), use, name, asOrganisation, shapedLikePerson: asOrganisation && personShaped(name) });
  }
  return uses;
}
