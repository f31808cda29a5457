/**
 * What a topic candidate is, judged from how the text uses it rather than from the name-finder's label
 * alone, so that topics are things a reader would follow:
 *
 *  - a country, city or state the place lexicon knows is a place, whatever the name-finder said
 *    ("United States" is not an organisation);
 *  - a name used as a team ("Marlport beat Tolley 2-1", "the Marlport striker") is a team, an
 *    organisation, not the town — unless it is a country (national sides stay with their country);
 *  - a name mostly followed by a product noun ("Zentrix players", "the Q7 handset") is a product, not a
 *    topic;
 *  - a name shaped like a person's ("Thomas Haden Church": a first name, then a surname that happens to be a
 *    body word) that the text uses as a person ("actor …", "directed by …", listed beside people) is a
 *    person, not an organisation;
 *  - a single word the collection mostly writes in lower case ("Securities", "Center", "Post") is a
 *    common noun cut from a longer name, and a name in capitals made only of ordinary words ("FULL TEXT",
 *    "LETTERS") is a heading or label, not a name.
 */
import nlp from 'compromise';
import { firstNameGender, isKnownOrganisation } from '../enrich/nameLexicon.ts';
import { COURTESY_TITLES, NAME_STYLES, ROLE_NOUNS } from '../enrich/lexicon.ts';
import { knownNumber, numberFor, termAt } from './termCounts.ts';

/** Words that show a name is being used as a sports team, within a few words of the name. */
const TEAM_CUES = new Set(
  `beat beats beaten beating draw drew drawn defeat defeated defeats thrashed thrash edged hammered
  striker strikers midfielder midfielders defender defenders goalkeeper keeper winger forward forwards
  manager boss coach fans supporters squad team club signed signing signings loan transfer
  goal goals scored scorer equaliser winner premiership league fixture match matches kick-off
  v vs relegation promoted relegated derby clash victory points`.split(/\s+/),
);

/** Nouns that, right after a name, make it a product ("X players", "X handset", "X console", "X games"). */
const PRODUCT_HEADS = new Set(
  `player players phone phones handset handsets console consoles device devices format formats file files
  software browser browsers chip chips camera cameras download downloads message messages messaging
  technology version versions model models gadget gadgets laptop laptops disc discs drive drives
  network networks standard game games title titles handheld handhelds sequel`.split(/\s+/),
);

/**
 * Nouns that, right before a name, make it the title of a work ("the film X", "the programme X", "the game
 * X"). "show" and "series" are left out: "the show's host" and "a series of" come before anything.
 */
const WORK_BEFORE = new Set('film movie game programme album song single sequel console handheld'.split(' '));

/** Participles that, with "by", introduce a person who made something ("directed by X", "written by X"). */
const MADE_BY = new Set('directed written produced played starring starred sung performed composed presented hosted designed'.split(' '));

/**
 * Words after which a place is where something happens, never a team ("beat Tolley in Marlport"). Not "at",
 * "to" or "from": "won at Marlport", "lost to Marlport" and "signed from Marlport" name the team.
 */
const VENUE_WORDS = new Set(['in']);

const SCORE = /^\d{1,2}-\d{1,2}$/;
const bare = (token: string) => token.toLowerCase().replace(/^[("'‘“]+|[)"'’”.,;:!?]+$/g, '');

/** Token positions where the name's words start, in an article's token list. */
export function mentionStarts(name: string, tokens: readonly string[], positions: ReadonlyMap<string, number[]>): number[] {
  const parts = name.split(/\s+/);
  return (positions.get(parts[0]!) ?? []).filter((at) => parts.every((part, k) => bare(tokens[at + k] ?? '') === part.toLowerCase()));
}

export interface MentionUse {
  mentions: number;
  asTeam: number;
  asProduct: number;
  /** Mentions as where something happens ("in Marlport"). */
  asVenue: number;
}

/** How the article uses the name at each mention: as a team, as a product, or otherwise. */
export function mentionUse(name: string, tokens: readonly string[], positions: ReadonlyMap<string, number[]>): MentionUse {
  const length = name.split(/\s+/).length;
  const starts = mentionStarts(name, tokens, positions);
  let asTeam = 0;
  let asProduct = 0;
  let asVenue = 0;
  for (const at of starts) {
    const around = [...tokens.slice(Math.max(0, at - 3), at), ...tokens.slice(at + length, at + length + 3)].map(bare);
    const venue = VENUE_WORDS.has(bare(tokens[at - 1] ?? ''));
    if (venue) asVenue++;
    if (!venue && around.some((word) => TEAM_CUES.has(word) || SCORE.test(word))) asTeam++;
    if (PRODUCT_HEADS.has(bare(tokens[at + length] ?? '')) || WORK_BEFORE.has(bare(tokens[at - 1] ?? ''))) asProduct++;
  }
  return { mentions: starts.length, asTeam, asProduct, asVenue };
}

/**
 * A name shaped like a person's: a first name the lexicon knows (the first part of "Jean-Pierre" will do),
 * then one or two capitalised words, and no firm named after its founder ("William Hill").
 */
export function personShaped(name: string): boolean {
  const parts = name.split(/\s+/);
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(p))) return false;
  return firstNameGender(parts[0]!.split('-')[0]!) !== undefined && !isKnownOrganisation(name);
}

/**
 * Mentions where the text uses the name as a person's: after a role or title ("actor X", "Sir X"), after
 * "directed by" and the like, or in a list beside someone the people index knows ("A B, X and C D").
 */
export function personUses(name: string, tokens: readonly string[], positions: ReadonlyMap<string, number[]>, people: ReadonlySet<string>): number {
  const length = name.split(/\s+/).length;
  const clean = (token: string | undefined) => (token ?? '').replace(/^[("'‘“]+|[)"'’”.,;:!?]+$/g, '');
  const personAt = (from: number) => people.has(`${clean(tokens[from])} ${clean(tokens[from + 1])}`.toLowerCase());
  let uses = 0;
  for (const at of mentionStarts(name, tokens, positions)) {
    const before = clean(tokens[at - 1]);
    const listedBefore = /,$/.test(tokens[at - 1] ?? '') && personAt(at - 2);
    const after = tokens[at + length - 1] ?? '';
    const listedAfter = (/,$/.test(after) && personAt(at + length)) || (bare(tokens[at + length] ?? '') === 'and' && personAt(at + length + 1));
    if (
      ROLE_NOUNS.has(before.toLowerCase()) ||
      COURTESY_TITLES.has(before) ||
      NAME_STYLES.has(before) ||
      (before === 'by' && MADE_BY.has(bare(tokens[at - 2] ?? ''))) ||
      listedBefore ||
      listedAfter
    ) {
      uses++;
    }
  }
  return uses;
}

const placeCache = new Map<string, 'country' | 'place' | null>();

/** A place the lexicon knows (country, city, region or state): 'country', 'place', or null. */
export function knownPlace(name: string): 'country' | 'place' | null {
  let known = placeCache.get(name);
  if (known !== undefined) return known;
  const tags = nlp(name)
    .terms()
    .out('tags') as Array<Record<string, string[]>>;
  const all = tags.map((t) => Object.values(t)[0] ?? []);
  const every = (tag: string) => all.length > 0 && all.every((t) => t.includes(tag));
  known = every('Country') ? 'country' : every('Place') && all.some((t) => t.some((x) => x === 'City' || x === 'Region' || x === 'Country')) ? 'place' : null;
  placeCache.set(name, known);
  return known;
}

/** A state or place abbreviation ("Calif", "Fla"): the full name is the topic, never the short form. */
const abbreviationCache = new Map<string, boolean>();

export function isPlaceAbbreviation(name: string): boolean {
  if (!/^[A-Z][a-z]{1,4}$/.test(name)) return false;
  let known = abbreviationCache.get(name);
  if (known === undefined) {
    const tags = nlp(name).terms().out('tags') as Array<Record<string, string[]>>;
    const first = Object.values(tags[0] ?? {})[0] ?? [];
    known = first.includes('Abbreviation') && first.includes('Place');
    abbreviationCache.set(name, known);
  }
  return known;
}

/**
 * How one text writes each word it uses: a number when only ever in lower case (most words: kept small,
 * since every article's counts are kept between runs), else [lower case, capitalised, inside a longer name].
 */
export type WordCaseCounts = Map<string, number | [lower: number, capital: number, inLongerName: number]>;

/** What summing reads of one text's counts: a WordCaseCounts, or the packed form kept between rebuilds. */
export type WordCaseLookup = Pick<ReadonlyMap<string, number | readonly [number, number, number]>, 'size' | 'get' | typeof Symbol.iterator>;

/**
 * One text's word-case counts, held compactly for the dev server's rebuilds: a `Map` of a few hundred words,
 * most with a three-number array, cost ~6 KB a story (60 MB at 10,000 stories). Here the words are numbers
 * into the shared vocabulary (termCounts.ts) and the counts sit in one buffer: ~12 bytes a word (16-bit counts
 * and positions where they fit, 32-bit where not). Gives
 * the same sums (a lone lower-case count reads as [count, 0, 0], which sumWordCase adds the same way).
 */
export class PackedWordCase implements WordCaseLookup {
  private constructor(
    /** Word numbers, in the order the text first uses them (as the Map iterates). */
    private readonly ids: Uint32Array,
    /** Positions into `ids`, ordered by word number: what `get` searches. */
    private readonly byId: Uint16Array | Uint32Array,
    /** Lower, capital, in-a-longer-name: three per word. */
    private readonly counts: Uint16Array | Uint32Array,
  ) {}

  static of(counts: WordCaseCounts): PackedWordCase {
    const n = counts.size;
    const words: number[] = [];
    const values: number[] = [];
    let most = 0;
    for (const [key, c] of counts) {
      words.push(numberFor(key));
      const [lower, capital, inName] = typeof c === 'number' ? [c, 0, 0] : c;
      values.push(lower, capital, inName);
      most = Math.max(most, lower, capital, inName);
    }
    // 16 bits where every number fits (positions below 65,536 words, counts below 65,536 uses: every story
    // seen so far), else 32: exact either way, no count is clamped. The three views share one buffer, so a
    // story pays for one ArrayBuffer and one allocation, not three.
    const wideAt = n > 0xffff;
    const wideCounts = most > 0xffff;
    const align = (bytes: number) => Math.ceil(bytes / 4) * 4;
    const byIdAt = 4 * n;
    const countsAt = byIdAt + align(n * (wideAt ? 4 : 2));
    const buffer = new ArrayBuffer(countsAt + align(3 * n * (wideCounts ? 4 : 2)));
    const ids = new Uint32Array(buffer, 0, n);
    ids.set(words);
    const byId = wideAt ? new Uint32Array(buffer, byIdAt, n) : new Uint16Array(buffer, byIdAt, n);
    byId.set(Array.from(ids.keys()).sort((a, b) => ids[a]! - ids[b]!));
    const packed = wideCounts ? new Uint32Array(buffer, countsAt, 3 * n) : new Uint16Array(buffer, countsAt, 3 * n);
    packed.set(values);
    return new PackedWordCase(ids, byId, packed);
  }

  /** Bytes a story's counts take (their buffer): for the tests and the memory figures. */
  get bytes(): number {
    return this.ids.buffer.byteLength;
  }

  get size(): number {
    return this.ids.length;
  }

  get(key: string): readonly [number, number, number] | undefined {
    const id = knownNumber(key);
    if (id === undefined) return undefined;
    let lo = 0;
    let hi = this.byId.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.byId[mid]!;
      const found = this.ids[at]!;
      if (found === id) return this.at(at);
      if (found < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Each word's number with its three counts, without making the word's string. */
  forEachNumbered(visit: (word: number, lower: number, capital: number, inLongerName: number) => void): void {
    for (let i = 0; i < this.ids.length; i++) visit(this.ids[i]!, this.counts[i * 3]!, this.counts[i * 3 + 1]!, this.counts[i * 3 + 2]!);
  }

  *[Symbol.iterator](): IterableIterator<[string, readonly [number, number, number]]> {
    for (let i = 0; i < this.ids.length; i++) yield [termAt(this.ids[i]!), this.at(i)];
  }

  private at(i: number): readonly [number, number, number] {
    return [this.counts[i * 3]!, this.counts[i * 3 + 1]!, this.counts[i * 3 + 2]!];
  }
}

/**
 * How each word of one text is written: in lower case, capitalised, and capitalised inside a longer name
 * (next to another capitalised word, or joined to one by "and", "of" or "&"). Per text, so that a
 * rebuild counts only the texts that changed (topics.ts keeps each text's counts).
 */
export function wordCaseCounts(text: string): WordCaseCounts {
  const counts: WordCaseCounts = new Map();
  const entry = (key: string): [number, number, number] => {
    const found = counts.get(key);
    if (typeof found === 'object') return found;
    const full: [number, number, number] = [found ?? 0, 0, 0];
    counts.set(key, full);
    return full;
  };
  const isCapital = (token: string | undefined) => token !== undefined && /^[A-Z][A-Za-z]/.test(token.replace(/^[("'‘“]+/, ''));
  const endsSentence = (token: string | undefined) => token === undefined || /[.!?:"”]$/.test(token);
  const tokens = text.split(/\s+/).filter(Boolean);
  tokens.forEach((token, at) => {
    const word = token.replace(/^[("'‘“]+/, '').replace(/['’]s$/, '').replace(/[)"'’”.,;:!?]+$/, '');
    if (!/^[A-Za-z]+$/.test(word)) return;
    const key = word.toLowerCase();
    if (word === key) {
      const found = counts.get(key);
      if (typeof found === 'object') found[0]++;
      else counts.set(key, (found ?? 0) + 1);
      return;
    }
    const counted = entry(key);
    counted[1]++;
    const before = tokens[at - 1];
    const after = tokens[at + 1];
    const joined = (link: string | undefined, other: string | undefined) => link !== undefined && /^(and|of|&)$/.test(link) && isCapital(other);
    const sentenceStart = endsSentence(before);
    const glued = /[,.;:!?)"”]$/.test(token);
    if (
      (!sentenceStart && isCapital(before) && !/^(The|A|An)$/.test(before ?? '') && !endsSentence(tokens[at - 2]) && !/[,;:]$/.test(before ?? '')) ||
      (!glued && isCapital(after)) ||
      (!glued && joined(after, tokens[at + 2])) ||
      joined(before, tokens[at - 2])
    ) {
      counted[2]++;
    }
  });
  return counts;
}

/**
 * The collection's word-case counts for every word, by word number, kept between links (topics.ts): a rebuild
 * takes away an edited story's old counts and adds its new ones instead of summing every story's again. Sums
 * of whole numbers, so the result is exactly a new sum's.
 */
export class WordCaseSums {
  private constructor(private counts: Float64Array) {}

  static empty(): WordCaseSums {
    return new WordCaseSums(new Float64Array(3 * 1024));
  }

  copy(): WordCaseSums {
    return new WordCaseSums(this.counts.slice());
  }

  /** Adds one text's counts (`sign` 1), or takes them away (-1). */
  add(text: WordCaseLookup, sign: 1 | -1): void {
    const put = (word: number, lower: number, capital: number, inLongerName: number) => {
      if (3 * word + 3 > this.counts.length) {
        const grown = new Float64Array(Math.max(2 * this.counts.length, 3 * word + 3));
        grown.set(this.counts);
        this.counts = grown;
      }
      const at = 3 * word;
      this.counts[at] = this.counts[at]! + sign * lower;
      this.counts[at + 1] = this.counts[at + 1]! + sign * capital;
      this.counts[at + 2] = this.counts[at + 2]! + sign * inLongerName;
    };
    if (text instanceof PackedWordCase) return text.forEachNumbered(put);
    for (const [key, c] of text) {
      if (typeof c === 'number') put(numberFor(key), c, 0, 0);
      else put(numberFor(key), c[0], c[1], c[2]);
    }
  }

  /** The watched words' sums, as sumWordCase gives them (a word appears in a map only when its count is above 0). */
  watched(watched: ReadonlySet<string>): ReturnType<typeof sumWordCase> {
    const lower = new Map<string, number>();
    const capital = new Map<string, number>();
    const inLongerName = new Map<string, number>();
    for (const key of watched) {
      const word = knownNumber(key);
      if (word === undefined || 3 * word + 3 > this.counts.length) continue;
      if (this.counts[3 * word]! > 0) lower.set(key, this.counts[3 * word]!);
      if (this.counts[3 * word + 1]! > 0) capital.set(key, this.counts[3 * word + 1]!);
      if (this.counts[3 * word + 2]! > 0) inLongerName.set(key, this.counts[3 * word + 2]!);
    }
    return { lower, capital, inLongerName };
  }
}

/** The collection's counts for the watched words only, summed over the texts' own counts. */
export function sumWordCase(
  perText: Iterable<WordCaseLookup>,
  watched: ReadonlySet<string>,
): { lower: Map<string, number>; capital: Map<string, number>; inLongerName: Map<string, number> } {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  const inLongerName = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, n: number) => {
    if (n > 0) map.set(key, (map.get(key) ?? 0) + n);
  };
  for (const counts of perText) {
    const one = (key: string, c: number | readonly [number, number, number]) => {
      if (typeof c === 'number') return add(lower, key, c);
      add(lower, key, c[0]);
      add(capital, key, c[1]);
      add(inLongerName, key, c[2]);
    };
    // Whichever is smaller is walked: a text's few hundred words, or the watched words.
    if (counts.size <= watched.size) {
      for (const [key, c] of counts) if (watched.has(key)) one(key, c);
    } else {
      for (const key of watched) {
        const c = counts.get(key);
        if (c !== undefined) one(key, c);
      }
    }
  }
  return { lower, capital, inLongerName };
}

/** How each watched word is written across the collection (see wordCaseCounts). */
export function wordCase(texts: Iterable<string>, watched: ReadonlySet<string>): ReturnType<typeof sumWordCase> {
  return sumWordCase([...texts].map(wordCaseCounts), watched);
}
