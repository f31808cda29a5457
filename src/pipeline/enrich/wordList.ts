/**
 * A real English word list and a list of people's names, for the name finder's questions compromise's
 * lexicon cannot answer ("election", "velvet", "cruises" are no words to it, and most given names from
 * outside the English-speaking world are unknown to it).
 *
 *   dictionary-en-gb            hunspell en-GB: ~49.6k stems with affix flags; proper nouns are capitalised
 *                               ("Thornton/M"), common words lower case ("election/AMS").
 *   @cspell/dict-people-names   ~39k given and family names, one a line, with no first/last distinction.
 *
 * Both are read once, on first use, at build time (the pipeline runs in Node, never in the browser).
 * The .aff file of en-GB uses one-character flags with plain suffix and prefix rules, read backwards at
 * look-up time (see `hasForm`), so loading is reading two files into maps.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface WordList {
  /** Lower-case entries (common English words): stem → affix flags. */
  common: Map<string, string>;
  /** Capitalised entries (proper nouns: places, names, brands), lower-cased: stem → affix flags. */
  proper: Map<string, string>;
  suffixes: AffixRule[];
  prefixes: AffixRule[];
  /** People's names, lower-cased. */
  names: Set<string>;
  loadMs: number;
}

interface AffixRule {
  flag: string;
  /** May combine with an affix of the other kind ("re-" + "-ed": "reelected"). */
  cross: boolean;
  strip: string;
  add: string;
  condition: RegExp;
}

let list: WordList | null = null;

function parseAffixes(aff: string): { suffixes: AffixRule[]; prefixes: AffixRule[] } {
  const suffixes: AffixRule[] = [];
  const prefixes: AffixRule[] = [];
  const cross = new Map<string, boolean>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== 'PFX' && parts[0] !== 'SFX') continue;
    const prefix = parts[0] === 'PFX';
    const flag = parts[1]!;
    if (parts.length === 4 && !cross.has(flag)) {
      cross.set(flag, parts[2] === 'Y');
      continue;
    }
    // The possessive 's is left out: callers strip it.
    if (parts.length < 5 || flag === 'M') continue;
    const strip = parts[2] === '0' ? '' : parts[2]!;
    const add = parts[3] === '0' ? '' : parts[3]!.split('/')[0]!;
    const condition = parts[4] === '.' ? /(?:)/ : new RegExp(prefix ? `^${parts[4]}` : `${parts[4]}$`);
    (prefix ? prefixes : suffixes).push({ flag, cross: cross.get(flag) ?? false, strip, add, condition });
  }
  return { suffixes, prefixes };
}

/**
 * Whether the (lower-case) word is an entry of `stems` or a form its flags allow, read backwards: undo
 * one suffix and check the stem carries that suffix's flag (and meets its condition); likewise a prefix,
 * alone or with a suffix when both may combine. Looking forms up this way costs a few dozen string checks
 * per word and keeps the load to reading the stems.
 */
function hasForm(word: string, stems: Map<string, string>, list: WordList): boolean {
  if (stems.has(word)) return true;
  const suffixed = (w: string, needCross: boolean): boolean => {
    for (const r of list.suffixes) {
      if (needCross && !r.cross) continue;
      if (!w.endsWith(r.add) || w.length <= r.add.length) continue;
      const stem = w.slice(0, w.length - r.add.length) + r.strip;
      const flags = stems.get(stem);
      if (flags !== undefined && flags.includes(r.flag) && r.condition.test(stem)) return true;
    }
    return false;
  };
  if (suffixed(word, false)) return true;
  for (const r of list.prefixes) {
    if (!word.startsWith(r.add) || word.length <= r.add.length) continue;
    const rest = r.strip + word.slice(r.add.length);
    const flags = stems.get(rest);
    if (flags !== undefined && flags.includes(r.flag) && r.condition.test(rest)) return true;
    // "reelected": a suffixed form of a stem that carries the prefix's flag too.
    if (r.cross) {
      for (const s of list.suffixes) {
        if (!s.cross || !rest.endsWith(s.add) || rest.length <= s.add.length) continue;
        const stem = rest.slice(0, rest.length - s.add.length) + s.strip;
        const f = stems.get(stem);
        if (f !== undefined && f.includes(s.flag) && f.includes(r.flag) && s.condition.test(stem)) return true;
      }
    }
  }
  return false;
}

function packageFile(require: NodeJS.Require, entry: string, file: string): string {
  return path.join(path.dirname(require.resolve(entry)), file);
}

function load(): WordList {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const aff = readFileSync(packageFile(require, 'dictionary-en-gb', 'index.aff'), 'utf8');
  const dic = readFileSync(packageFile(require, 'dictionary-en-gb', 'index.dic'), 'utf8');
  const common = new Map<string, string>();
  const proper = new Map<string, string>();
  const lines = dic.replace(/\r/g, '').split('\n');
  // The first line is the entry count.
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line === '') continue;
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    // Lower-case entries are the common words: only the capitalised ones need lower-casing (a third of the load time).
    const isProper = stem[0] !== stem[0]!.toLowerCase();
    const target = isProper ? proper : common;
    const key = isProper ? stem.toLowerCase() : stem;
    target.set(key, (target.get(key) ?? '') + flags);
  }
  // One name a line, after a few comment lines (which match no capitalised word).
  const people = readFileSync(packageFile(require, '@cspell/dict-people-names/cspell-ext.json', 'dict/people-names.txt'), 'utf8');
  const names = new Set(people.replace(/\r/g, '').toLowerCase().split('\n'));
  return { common, proper, ...parseAffixes(aff), names, loadMs: performance.now() - started };
}

function words(): WordList {
  list ??= load();
  return list;
}

const commonCache = new Map<string, boolean>();
const properCache = new Map<string, boolean>();

/** A common English word: a lower-case dictionary entry or one of its forms ("elections", "cruises"). */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = commonCache.get(lower);
  if (known === undefined) commonCache.set(lower, (known = hasForm(lower, words().common, words())));
  return known;
}

/** A capitalised dictionary entry: a place, a person's name, a brand ("Thornton", "Kirkcaldy"). */
export function isProperNoun(word: string): boolean {
  const lower = word.toLowerCase();
  let known = properCache.get(lower);
  if (known === undefined) properCache.set(lower, (known = hasForm(lower, words().proper, words())));
  return known;
}

/** A given or family name in the people-names list ("Thornton", "Kashyap", "Voisine"). */
export function isPersonalName(word: string): boolean {
  return words().names.has(word.toLowerCase());
}

/** Milliseconds the first use spent reading and expanding both lists (for the docs and the bench). */
export function wordListLoadMs(): number {
  return words().loadMs;
}
