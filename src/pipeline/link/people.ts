/**
 * Merging each article's people into one collection-wide people index.
 *
 * - The same full name in different articles is one person ("Sir Alex Ferguson" and "Alex Ferguson"
 *   too: a style does not make a different person), and so are its spelling variants in related stories
 *   ("Lloyd Webb" and "Lloyd-Webb", a one-letter slip, "Ted" and "Edward"; spellingVariants.ts).
 * - A person an article names only by surname ("Bush", from "President Bush") joins a full-named person
 *   only when exactly one person in the collection has that surname (and the genders do not clash), and
 *   the stories share a context (namesakes.ts: another person, three other surnames, or the section);
 *   otherwise they stay apart — "Paul Kessel" and "Anna Kessel" are never merged, a bare "Kessel"
 *   between them is left on its own, and "Ms King" of a political story is not a musician King.
 * - Bare surnames that match no full name are one entry per set of related stories, not one per surname.
 * - The same full name is split into a sportsman and a namesake of another field when nothing ties the
 *   sport stories to the others and those give a non-sport role (namesakeParts below).
 * - A team-sheet form ("J Roe") joins the one full-named Roe with that initial (of several, the one whose
 *   stories it shares or whose team-mates it names); a bare surname named only
 *   in a list joins only a person whose stories share team-mates with it, and is otherwise left out of
 *   the index (it cannot be told apart).
 * - Output is deterministic: people sorted by name, ids are name slugs made unique with -2, -3 … in that
 *   order (a split-off namesake's slug adds its section: "matthew-taylor-sport"), lists sorted or in
 *   first-seen order of the (ordered) input.
 */
import type { Block, Person, Quote } from '../../content/schema.ts';
import type { LocalPerson } from '../types.ts';
import { slugify } from '../ids.ts';
import { COURTESY_TITLES, isDemonym, NAME_STYLES, ROLE_NOUNS, TITLE_WORDS } from '../enrich/lexicon.ts';
import { isEnglishWord } from '../enrich/wordList.ts';
import { components, StoryContext } from './namesakes.ts';
import { distinguishNamesakes } from './distinguish.ts';
import { oneEditApart, spellingVariantJoins } from './spellingVariants.ts';
import { PEERAGE, peerageJoins } from './peerages.ts';
import { firstNameGender, isKnownPlace, isKnownSurname } from '../enrich/nameLexicon.ts';
import { SURNAME_PARTICLES } from './surnameParticles.ts';
import { ownerlessKinship, ownerlessMembership } from './kinshipRoles.ts';
import { clubNearName, sheetClub } from './teamSheetClub.ts';
import { withoutAge } from './roleAge.ts';
import { sameFormPick } from './sheetInitials.ts';
import { articleText } from './text.ts';
import { nationsIn } from '../enrich/nationTies.ts';
import { shortGivenNameJoins } from './shortGivenNames.ts';

export interface PeopleInput {
  articleId: string;
  people: LocalPerson[];
  quotes: Quote[];
  blocks: Block[];
  /** The story's section, when the collection has sections: evidence that two stories share a context. */
  section?: string | null;
  /** Full names the story shows to be no person (a title, a character, a firm): see `thingsNoOneVouchesFor`. */
  notPeople?: readonly string[];
}

export const STYLES = /^(?:Sir|Lord|Lady|Dame|Baroness|Baron)\s+/;

/** Rounds of bare-surname joins (see mergePeople); a third round adds nothing on the BBC collection. */
const JOIN_ROUNDS = 2;

interface Group {
  key: string;
  names: Map<string, number>;
  aliases: Set<string>;
  descriptions: Map<string, { text: string; count: number; order: number }>;
  articles: Set<string>;
  quoteCount: number;
  gender: 'male' | 'female' | null;
  /** Surname (last word, lower case) for surname-only merging. */
  surname: string;
  /** Bare one-word name with no style: only a surname reference. */
  surnameOnly: boolean;
  /** A namesake split off a full name: its section, added to the id ("matthew-taylor-sport"). */
  idSuffix: string;
}

export function tokensOf(name: string): string[] {
  return name.replace(STYLES, '').trim().split(/\s+/).filter(Boolean);
}


/** A surname with no first name: one word, or particles before one ("De Marigny", "van Persie"). */
export function isBareSurname(tokens: readonly string[]): boolean {
  return tokens.length >= 1 && tokens.slice(0, -1).every((t) => SURNAME_PARTICLES.test(t));
}

/** Whether a full name ends in this surname with its particles: "da Silva" is no "Carlos Baez Silva". */
function endsWithSurname(groupKey: string, surnameTokens: readonly string[]): boolean {
  const written = keyOf(surnameTokens.join(' '));
  return groupKey === written || groupKey.endsWith(` ${written}`);
}

/** Whether any spelling of the group's name ends in this surname (see endsWithSurname). */
function nameEndsWithSurname(group: Group, surnameTokens: readonly string[]): boolean {
  return endsWithSurname(group.key, surnameTokens) || [...group.names.keys()].some((name) => endsWithSurname(keyOf(name), surnameTokens));
}

/** The key a surname is matched by: its last word, as `keyOf` writes it (lower case, accents off). */
function surnameKeyOf(name: string): string {
  return keyOf(tokensOf(name).at(-1) ?? '');
}

export function keyOf(name: string): string {
  return tokensOf(name)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function newGroup(key: string, local: LocalPerson): Group {
  const tokens = tokensOf(local.name);
  return {
    key,
    names: new Map(),
    aliases: new Set(),
    descriptions: new Map(),
    articles: new Set(),
    quoteCount: 0,
    gender: local.gender,
    surname: surnameKeyOf(local.name),
    surnameOnly: isBareSurname(tokens) && !STYLES.test(local.name),
    idSuffix: '',
  };
}

let descriptionOrder = 0;

function addLocal(group: Group, local: LocalPerson, articleId: string, quotes: Quote[]): void {
  group.names.set(local.name, (group.names.get(local.name) ?? 0) + 1);
  for (const m of local.mentions) group.aliases.add(m);
  for (const d of local.descriptions) {
    const k = d.toLowerCase();
    const entry = group.descriptions.get(k) ?? { text: d, count: 0, order: descriptionOrder++ };
    entry.count++;
    group.descriptions.set(k, entry);
  }
  group.articles.add(articleId);
  group.quoteCount += quotes.filter((q) => q.speaker.type === 'person' && q.speaker.name === local.name).length;
  if (!group.gender && local.gender) group.gender = local.gender;
}

/** Courtesy titles and styles a story may write before a name ("Mr Tolley"): a person's, never a title's. */
const TITLED = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Baroness|Baron|Prof|Professor)\s/;

/**
 * Full names (keys) that some story shows to be a title, a character or a firm ("1989's Lorna Vance",
 * "Lorna Vance star Jo Doe") and that no story vouches for as a person: none gives the name a role, quotes
 * it or writes it after a courtesy title. Such a name is left out of the index in every story, also where
 * its own story had nothing to say what it is ("Lorna Vance won three awards"). A real person whose name
 * is also a title keeps the entry once any story describes or quotes them. A union over the collection,
 * so the input order never matters.
 */
function thingsNoOneVouchesFor(articles: readonly PeopleInput[]): Set<string> {
  const things = new Set(articles.flatMap((a) => (a.notPeople ?? []).map(keyOf)));
  if (things.size === 0) return things;
  for (const input of articles) {
    for (const local of input.people) {
      const key = keyOf(local.name);
      if (!things.has(key)) continue;
      const quoted = input.quotes.some((q) => q.speaker.type === 'person' && q.speaker.name === local.name);
      if (local.descriptions.length > 0 || quoted || local.mentions.some((m) => TITLED.test(m))) things.delete(key);
    }
  }
  return things;
}

export function mergePeople(articles: PeopleInput[]): {
  people: Person[];
  personIdFor: (articleId: string, localName: string) => string | null;
  /** Stories whose text was read (team sheets' clubs): an edit of one of them may change the merge (peopleMemo.ts). */
  textsRead: ReadonlySet<string>;
} {
  descriptionOrder = 0;
  const groups = new Map<string, Group>();
  const groupOf = new Map<string, Group>();
  const ref = (articleId: string, name: string): string => `${articleId}\u0000${name}`;

  // Pass 1: people with a full name (or a peer's/knight's style) define the groups.
  const things = thingsNoOneVouchesFor(articles);
  const deferred: Array<{ input: PeopleInput; local: LocalPerson }> = [];
  const initialled: Array<{ input: PeopleInput; local: LocalPerson }> = [];
  const named = new Map<string, Array<{ input: PeopleInput; local: LocalPerson }>>();
  for (const input of articles) {
    for (const local of input.people) {
      const tokens = tokensOf(local.name);
      if (isBareSurname(tokens) && !STYLES.test(local.name)) {
        // A lone word some story gives a plural verb ("Quayside have") and no story vouches for: a club.
        if (things.has(keyOf(local.name))) continue;
        deferred.push({ input, local });
        continue;
      }
      if (isInitialForm(tokens)) {
        initialled.push({ input, local });
        continue;
      }
      const key = STYLES.test(local.name) && tokens.length === 1 ? local.name.toLowerCase() : keyOf(local.name);
      if (things.has(key)) continue;
      named.set(key, [...(named.get(key) ?? []), { input, local }]);
    }
  }
  const context = storyContext(articles, named);
  foldSpellingVariants(named, context);
  foldShortGivenNames(named, context);
  foldPeerages(named, context);
  // The same full name in stories that share nothing (no section, no other person, no role word) is
  // split into namesakes; see namesakes.ts. The part with the most stories keeps the plain key and id.
  const familyOf = new Map<Group, string>();
  for (const [key, entries] of [...named.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const part of namesakeParts(key, entries, context)) {
      const group = groups.get(part.key) ?? newGroup(part.key, part.entries[0]!.local);
      group.idSuffix = part.suffix;
      groups.set(part.key, group);
      familyOf.set(group, key);
      for (const { input, local } of part.entries) {
        addLocal(group, local, input.articleId, input.quotes);
        groupOf.set(ref(input.articleId, local.name), group);
      }
    }
  }
  // Pass 2: surname-only people join the one full-named person with that surname, if there is one.
  // A person written two ways (spellingVariants.ts) is found by either spelling's surname.
  const bySurname = new Map<string, Group[]>();
  for (const g of groups.values()) {
    for (const surname of new Set([g.surname, ...[...g.names.keys()].map(surnameKeyOf)])) bySurname.set(surname, [...(bySurname.get(surname) ?? []), g]);
  }
  // Team-sheet forms ("J Roe", "S. Roe") join the one full-named Roe whose first name has that initial,
  // so a squad list does not add a second entry for a player named in full elsewhere.
  // Several fit the initial ("J Roe": a prop John Roe and a hurdler Joanna Roe): the one whose stories
  // include this one or share its context (team-mates), if only one does. Judged against the stories the
  // full names had before any team-sheet form joined, so the order of the stories never matters.
  const namedStories = new Map([...groups.values()].map((g) => [g, [...g.articles]]));
  const initialFormKey = (name: string) => keyOf(name).replace('.', '');
  const initialFormStories = new Map<string, Set<string>>();
  for (const { input, local } of initialled) {
    const key = initialFormKey(local.name);
    initialFormStories.set(key, (initialFormStories.get(key) ?? new Set()).add(input.articleId));
  }
  const slipMatches = new Map<string, Group[]>();
  const initialJoins: Array<{ articleId: string; group: Group }> = [];
  const decided: Array<{ input: PeopleInput; local: LocalPerson; candidates: Group[]; sameStory: boolean }> = [];
  for (const { input, local } of initialled) {
    const tokens = tokensOf(local.name);
    const initial = tokens[0]!.replace('.', '').toLowerCase();
    const surname = surnameKeyOf(local.name);
    const fitting = (bySurname.get(surname) ?? []).filter((g) => {
      const first = g.key.split(' ')[0]!;
      // "L Roe" on a team sheet is no "Lord Roe": a style is not a first name.
      return (
        g.key.split(' ').length >= 2 &&
        ![...g.names.keys()].every((name) => PEERAGE.test(name)) &&
        first.length > 1 &&
        first.startsWith(initial) &&
        nameEndsWithSurname(g, tokens.slice(1)) &&
        !(g.gender && local.gender && g.gender !== local.gender)
      );
    });
    // "B Quelland" on a team sheet and "Brannock Quellan" in the prose of one of its stories: a one-letter
    // slip of the surname (initialSlipFits).
    if (fitting.length === 0) {
      const formKey = initialFormKey(local.name);
      if (!slipMatches.has(formKey)) slipMatches.set(formKey, initialSlipFits(initial, surname, local.gender, initialFormStories.get(formKey)!, bySurname, namedStories));
      fitting.push(...slipMatches.get(formKey)!);
    }
    const sameStory = fitting.filter((g) => (namedStories.get(g) ?? []).includes(input.articleId));
    const related = (g: Group): boolean => {
      const stories = namedStories.get(g) ?? [];
      return context.related(input.articleId, stories, familyOf.get(g) ?? g.key, surname);
    };
    // A full name in the team sheet's own story is the player it lists, whoever else fits ("A Roe" beside
    // "Ali Roe", though an "Andrew Roe" plays elsewhere). Of several fits otherwise, the one whose stories
    // share team-mates with it. A lone fit joins too, unless its stories are all of another section and share
    // no one with the sheet (an athletics sheet's "J Roe" is no "Jimmy Roe" of a story about a nightclub).
    const candidates =
      sameStory.length > 0
        ? sameStory
        : fitting.length <= 1
          ? fitting.filter((g) => !context.otherSections(input.articleId, namedStories.get(g) ?? []) || related(g))
          : playerOfSeveral(fitting.filter(related));
    decided.push({ input, local, candidates, sameStory: sameStory.length === 1 });
  }
  // Decided against the choices the full names in the sheets' own stories made (sheetInitials.ts), so the
  // order of the stories never matters.
  const sameStoryJoins = new Map<string, Array<{ story: string; group: Group }>>();
  for (const d of decided) {
    if (d.sameStory) sameStoryJoins.set(initialFormKey(d.local.name), [...(sameStoryJoins.get(initialFormKey(d.local.name)) ?? []), { story: d.input.articleId, group: d.candidates[0]! }]);
  }
  for (const d of decided) {
    const formKey = initialFormKey(d.local.name);
    const candidates = sameFormPick(d.candidates, d.input.articleId, surnameKeyOf(d.local.name), sameStoryJoins.get(formKey) ?? [], context);
    const key = candidates.length === 1 ? candidates[0]!.key : formKey;
    const group = groups.get(key) ?? newGroup(key, d.local);
    groups.set(key, group);
    addLocal(group, d.local, d.input.articleId, d.input.quotes);
    groupOf.set(ref(d.input.articleId, d.local.name), group);
    if (candidates.length === 1) initialJoins.push({ articleId: d.input.articleId, group });
  }
  // A sheet's "S Roe" that joined Sam Roe names Sam Roe in that story: a team-mate in common for the
  // bare surnames below. Added after the loop, so no initial's choice depends on another's.
  for (const { articleId, group } of initialJoins) context.addFullName(articleId, familyOf.get(group) ?? group.key);
  // Decisions are taken in rounds against the stories each person had when the round began, so the
  // input order never matters. The second round also counts the people a story's bare surnames joined
  // in the first: a team sheet whose "Hyypia" and "Kewell" joined their full names is then tied to
  // their club's stories, where its "Biscan" is named in full.
  // Made when a sheet's surname asks for them: a few stories, where every story's text at once was a copy of
  // the whole collection for each link (0.7 s and its garbage at 100,000 stories).
  const inputById = new Map(articles.map((a) => [a.articleId, a]));
  const texts = new Map<string, string>();
  const textOf = (articleId: string): string => {
    let text = texts.get(articleId);
    if (text === undefined) {
      const input = inputById.get(articleId);
      texts.set(articleId, (text = input ? articleText('', input.blocks) : ''));
    }
    return text;
  };
  const clubAgrees = (sheetStory: string, surname: string, g: Group, stories: readonly string[]): boolean => {
    const club = sheetClub(textOf(sheetStory), surname);
    const fullNames = [...g.names.keys()].filter((name) => tokensOf(name).length >= 2);
    return club !== null && clubNearName(club, fullNames, stories.filter((s) => s !== sheetStory).map(textOf));
  };
  // "Jo Stallworth, mother of actor Sylvan": a lone given name (no surname a list knows) in a story that
  // names a family in full is that family's member whom the collection names in full ("Sylvan Stallworth")
  // in related stories, when exactly one such full name fits and the story names no one else with that
  // given name.
  const relativeByGivenName = (input: PeopleInput, local: LocalPerson): Group | null => {
    const word = tokensOf(local.name);
    if (word.length !== 1 || local.listedOnly || firstNameGender(word[0]!) === undefined || isKnownSurname(word[0]!)) return null;
    const given = keyOf(word[0]!);
    const others = input.people.map((p) => tokensOf(p.name)).filter((t) => t.length >= 2);
    if (others.some((t) => keyOf(t[0]!) === given)) return null;
    const fits = new Set<Group>();
    for (const t of others) {
      const group = groups.get(`${given} ${keyOf(t.at(-1)!)}`);
      if (!group || (group.gender && local.gender && group.gender !== local.gender)) continue;
      // The family member's own stories must share the section or someone with this one (a "James" of a story
      // naming a chancellor Brown is no singer James Brown).
      const stories = [...group.articles];
      if (context.sameSection(input.articleId, stories) || context.related(input.articleId, stories, group.key, keyOf(t.at(-1)!))) fits.add(group);
    }
    return fits.size === 1 ? [...fits][0]! : null;
  };
  let pending = deferred;
  for (let round = 0; round < JOIN_ROUNDS && pending.length > 0; round++) {
    const storiesOf = new Map<Group, string[]>([...groups.values()].map((g) => [g, [...g.articles]]));
    const joins: Array<{ input: PeopleInput; local: LocalPerson; group: Group }> = [];
    const left: typeof pending = [];
    for (const { input, local } of pending) {
      const surname = surnameKeyOf(local.name);
      const candidates = (bySurname.get(surname) ?? []).filter(
        (g) => nameEndsWithSurname(g, tokensOf(local.name)) && !(g.gender && local.gender && g.gender !== local.gender),
      );
      // Namesakes split from one full name are one candidate family: the surname is still unambiguous.
      const families = new Set(candidates.map((g) => familyOf.get(g) ?? g.key));
      // "Ms King" with no full name in her story joins the one full-named King only when the stories
      // share a context: another person, enough surnames, or (for a name in the text, not a team sheet)
      // a section.
      // A surname from a team sheet needs a team-mate named in full in both stories, or a story that puts the
      // full name next to the sheet's club (teamSheetClub.ts): surnames in common are no evidence there, since
      // a club's sheet and an international squad's share many ("Roe" of one club's sheet is not the Roe
      // capped for his country while playing for another).
      const fits = (g: Group) => {
        const stories = storiesOf.get(g) ?? [];
        const family = familyOf.get(g) ?? g.key;
        if (local.listedOnly) {
          // A surname the prose writes too may also join through surnames in common, or in its section when
          // the prose gives this very full name ("from Jory Roe's pass"); a full name of another given name
          // there ("Ally Roe") rules the person out. The section alone is no evidence: it holds every club's namesakes.
          const prose = local.proseFullNames ?? [];
          if (prose.some((name) => !g.names.has(name) && keyOf(name) !== g.key)) return false;
          if (prose.length > 0 && context.sameSection(input.articleId, stories)) return true;
          const related = context.related(input.articleId, stories, family, surname, local.inProse === true);
          return related || clubAgrees(input.articleId, local.name, g, stories);
        }
        return context.related(input.articleId, stories, family, surname) || context.sameSection(input.articleId, stories);
      };
      const fitting =
        families.size === 1 ? candidates.filter(fits) : local.listedOnly ? [] : dominantNamesake(candidates.filter(fits), storiesOf, familyOf);
      const relative = candidates.length === 0 ? relativeByGivenName(input, local) : null;
      if (fitting.length === 1) joins.push({ input, local, group: fitting[0]! });
      else if (relative) joins.push({ input, local, group: relative });
      else left.push({ input, local });
    }
    for (const { input, local, group } of joins) {
      addLocal(group, local, input.articleId, input.quotes);
      groupOf.set(ref(input.articleId, local.name), group);
      context.addFullName(input.articleId, familyOf.get(group) ?? group.key);
    }
    pending = left;
  }
  // A bare surname from a team sheet that matches no one person: a real player, but the index cannot
  // tell which (every "Brown" of every squad would become one entry). The article still lists the name.
  // (So does one the prose writes too, when it joined no one: a lone surname entry would mislead more.)
  const orphans = pending.filter(({ local }) => !local.listedOnly);
  // Bare surnames with no full-named match anywhere: one entry per set of stories that share a context
  // (a section, another person, a role word), not one per surname: "Ms Vane" of a court story is not
  // the "Ms Vane" of a political story that names nobody in common with it.
  const orphansBySurname = new Map<string, Array<{ input: PeopleInput; local: LocalPerson }>>();
  for (const o of orphans) {
    const surname = surnameKeyOf(o.local.name);
    orphansBySurname.set(surname, [...(orphansBySurname.get(surname) ?? []), o]);
  }
  for (const [surname, entries] of orphansBySurname) {
    const parts = components(entries, (a, b) => {
      if (a.input.articleId === b.input.articleId || context.sameSection(a.input.articleId, [b.input.articleId])) return true;
      if (context.related(a.input.articleId, [b.input.articleId], null, surname)) return true;
      const roles = roleWordsOf(a.local);
      return [...roleWordsOf(b.local)].some((w) => roles.has(w));
    });
    for (const part of parts) {
      const first = part.map((e) => e.input.articleId).sort()[0]!;
      const key = `surname:${surname}\u0000${first}`;
      const group = groups.get(key) ?? newGroup(key, part[0]!.local);
      groups.set(key, group);
      for (const { input, local } of part) {
        addLocal(group, local, input.articleId, input.quotes);
        groupOf.set(ref(input.articleId, local.name), group);
      }
    }
  }

  const people = [...groups.values()].map((g) => ({ group: g, name: bestName(g) }));
  people.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.group.key.localeCompare(b.group.key, 'en'));
  const usedIds = new Set<string>();
  const idOf = new Map<Group, string>();
  const result: Person[] = people.map(({ group, name }) => {
    const base = [slugify(name) || 'person', group.idSuffix].filter(Boolean).join('-');
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    idOf.set(group, id);
    const descriptions = [...group.descriptions.values()].sort((a, b) => a.order - b.order);
    // An age ("34-year-old") says how old someone is, not what they do: never a role (it stays a
    // description, which lets "the 34-year-old said" find the person).
    // A role names a job or a part: a description with no role word ("Carnegie Mellon") stays a description.
    // A relation to someone else in the story ("counterpart", "partner", "fellow …") says less about the
    // person than what they are ("Foreign Minister"): it is the role only when nothing else is.
    // A kinship word with no owner ("son", "third husband") is half a role: kinshipRoles.ts.
    // A count ("19 member", "three members") is a phrase cut from a list of things, not a job.
    const ranked = descriptions
      .filter((d) => !isAge(d.text) && !isCount(d.text) && hasRoleWord(d.text) && !ownerlessKinship(d.text) && !ownerlessMembership(d.text) && !namesItsHolder(d.text, group))
      .sort((a, b) => isRelation(a.text) - isRelation(b.text) || b.count - a.count || a.order - b.order);
    const role = withoutAge(fullerRole(specificRole(ranked[0]?.text ?? null, ranked), ranked));
    return {
      id,
      name,
      aliases: [...group.aliases].filter((a) => a !== name).sort(),
      // Half a role is no description either: the page would show "son" or "former member" with no one to
      // be the son of, nothing to be a member of.
      descriptions: descriptions.filter((d) => !ownerlessKinship(d.text) && !ownerlessMembership(d.text)).map((d) => d.text),
      role,
      articles: [...group.articles].sort(),
      quoteCount: group.quoteCount,
    };
  });
  const sectionOf = new Map(articles.map((a) => [a.articleId, a.section ?? null]));
  return {
    // People who still share a name (split namesakes, bare surnames kept apart) get a note telling them apart.
    people: distinguishNamesakes(result, (id) => sectionOf.get(id) ?? null),
    personIdFor: (articleId, localName) => {
      const group = groupOf.get(ref(articleId, localName));
      return group ? (idOf.get(group) ?? null) : null;
    },
    textsRead: new Set(texts.keys()),
  };
}

/** Surnames shorter than this take no one-letter slips (as in spellingVariants.ts: "Hill", "Hall"). */
const MIN_SLIP_SURNAME = 5;

/**
 * A team-sheet form no full name fits ("B Quelland") is the one full-named person whose surname is one
 * letter off ("Brannock Quellan"), with the initial of the first name, when a story of the team-sheet form
 * also names that person in full: the same preview giving the name twice, once with a slip, is the
 * strongest evidence there is. Never when both surnames are real ones a list knows ("Davies", "Davis"),
 * when the genders clash, or when more than one full name fits. All the form's stories then go with it.
 */
function initialSlipFits(
  initial: string,
  surname: string,
  gender: LocalPerson['gender'],
  formStories: ReadonlySet<string>,
  bySurname: ReadonlyMap<string, Group[]>,
  namedStories: ReadonlyMap<Group, string[]>,
): Group[] {
  if (surname.length < MIN_SLIP_SURNAME) return [];
  const fits = new Set<Group>();
  for (const [other, groups] of bySurname) {
    if (other === surname || other.length < MIN_SLIP_SURNAME || other[0] !== surname[0] || !oneEditApart(other, surname)) continue;
    if (isKnownSurname(capitalise(other)) && isKnownSurname(capitalise(surname))) continue;
    for (const g of groups) {
      const words = g.key.split(' ');
      if (words.length < 2 || words.at(-1) !== other || words[0]!.length < 2 || !words[0]!.startsWith(initial)) continue;
      if ([...g.names.keys()].every((name) => PEERAGE.test(name)) || (g.gender && gender && g.gender !== gender)) continue;
      if ((namedStories.get(g) ?? []).some((story) => formStories.has(story))) fits.add(g);
    }
  }
  return fits.size === 1 ? [...fits] : [];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * "Kirsty Lloyd Webb" and "Kirsty Lloyd-Webb", or one story's slip of a surname, are one person
 * (spellingVariants.ts): the rarer spelling's entries move to the commoner key, in place.
 */
function foldSpellingVariants(named: Map<string, Array<{ input: PeopleInput; local: LocalPerson }>>, context: StoryContext): void {
  const byKey = new Map([...named].map(([key, entries]) => [key, entries.map((e) => ({ articleId: e.input.articleId, local: e.local }))]));
  const joins = spellingVariantJoins(byKey, {
    related: (rare, common) => rare.some((story) => context.sameSection(story, common) || context.related(story, common, null, '')),
    sharePeople: (rare, common) => rare.some((story) => context.related(story, common, null, '')),
    knownName: (word, position) => (position === 'first' ? firstNameGender(word) !== undefined : isKnownSurname(word)),
    firstNameGender: (word) => firstNameGender(word) ?? null,
    shareRole: (rare, common) => {
      const roles = new Set(rare.flatMap((e) => [...roleWordsOf(e.local)]));
      return common.some((e) => [...roleWordsOf(e.local)].some((w) => roles.has(w)));
    },
    shareNation: (rare, common) => {
      const ties = (d: string) => [...nationsIn(d), ...firmWordsIn(d)];
      const nations = new Set(rare.flatMap((e) => (e.local.descriptions ?? []).flatMap(ties)));
      return common.some((e) => (e.local.descriptions ?? []).some((d) => ties(d).some((n) => nations.has(n))));
    },
  });
  for (const [rare, common] of [...joins].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    named.set(common, [...named.get(common)!, ...named.get(rare)!]);
    named.delete(rare);
  }
}

/** "Mi Bergamo" of a team sheet joins "Mirco Bergamo" (shortGivenNames.ts): its entries move, in place. */
function foldShortGivenNames(named: Map<string, Array<{ input: PeopleInput; local: LocalPerson }>>, context: StoryContext): void {
  const stories = new Map([...named].map(([key, entries]) => [key, [...new Set(entries.map((e) => e.input.articleId))]]));
  const joins = shortGivenNameJoins(stories, {
    knownName: (word) => firstNameGender(word) !== undefined || isKnownSurname(word),
    related: (a, b) => a.some((story) => context.sameSection(story, b) || context.related(story, b, null, '')),
  });
  for (const [short, full] of [...joins].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    named.set(full, [...named.get(full)!, ...named.get(short)!]);
    named.delete(short);
  }
}

/** Capitalised words of a description that are no English word and no title ("Gazprom", "Qantas"): a firm's or a body's name. */
function firmWordsIn(description: string): string[] {
  return (description.match(/\p{Lu}[\p{L}-]+/gu) ?? [])
    .filter((w) => !TITLE_WORDS.has(w) && !isEnglishWord(w.toLowerCase()) && !isDemonym(w) && !isKnownPlace(w))
    .map((w) => `firm:${w.toLowerCase()}`);
}

/** "Lord Tolley" joins "Colin Tolley" when the stories show one person (peerages.ts): its entries move, in place. */
function foldPeerages(named: Map<string, Array<{ input: PeopleInput; local: LocalPerson }>>, context: StoryContext): void {
  const byKey = new Map([...named].map(([key, entries]) => [key, entries.map((e) => ({ articleId: e.input.articleId, local: e.local }))]));
  const joins = peerageJoins(byKey, {
    sharePeople: (peer, person, personKey, surname) => peer.some((story) => context.related(story, person, personKey, surname)),
    roleWords: (local) => roleWordsOf(local),
  });
  for (const [peer, person] of [...joins].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    named.set(person, [...named.get(person)!, ...named.get(peer)!]);
    named.delete(peer);
  }
}

/** The fullest name the articles use (a style included), the most frequent among equals. */
/**
 * "Mr Blair" in a political story that names no Blair in full: the writer takes the reader to know which
 * Blair, and that is the one the collection covers far more than any other Blair in the same context (a
 * Prime Minister in 128 stories, a police chief in 2). Only a clear lead decides: at least
 * DOMINANT_STORIES stories and DOMINANT_RATIO times every other fitting namesake's; otherwise no one. (Five
 * times, not ten: a president in 25 stories and his father, also a president, in 4 is lead enough.)
 */
const DOMINANT_STORIES = 10;
const DOMINANT_RATIO = 5;

function dominantNamesake(fitting: readonly Group[], storiesOf: ReadonlyMap<Group, string[]>, familyOf: ReadonlyMap<Group, string>): Group[] {
  const storiesByFamily = new Map<string, number>();
  for (const g of fitting) {
    const family = familyOf.get(g) ?? g.key;
    storiesByFamily.set(family, (storiesByFamily.get(family) ?? 0) + (storiesOf.get(g)?.length ?? 0));
  }
  const ranked = [...storiesByFamily].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < DOMINANT_STORIES || (second && first[1] < DOMINANT_RATIO * second[1])) return [];
  return fitting.filter((g) => (familyOf.get(g) ?? g.key) === first[0]);
}

/**
 * Words that say almost nothing as a role on their own ("chief", "champion", "winner", "leader"): when a fuller
 * description holds the word ("Chief Operating Officer of …", "Commonwealth 100m champion", "Harbour Party
 * leader"), that is the role.
 */
const BARE_ROLE_WORDS = new Set(['chief', 'champion', 'winner', 'head', 'star', 'member', 'official', 'expert', 'owner', 'host', 'general', 'player', 'leader']);

function specificRole(role: string | null, ranked: ReadonlyArray<{ text: string }>): string | null {
  if (role === null || !BARE_ROLE_WORDS.has(role.toLowerCase())) return role;
  const word = role.toLowerCase();
  const fuller = ranked.find((d) => {
    const words = d.text.toLowerCase().split(/\s+/);
    return words.length >= 2 && words.length <= 6 && words.includes(word);
  });
  return fuller?.text ?? role;
}

/**
 * Words that change what a role says, not only how fully ("former minister" is no fuller "minister"; nor is
 * "deputy governor" a fuller "governor").
 */
const ROLE_CHANGERS = /^(?:former|ex|ex-.*|then|late|outgoing|incoming|acting|interim|shadow|deputy|vice|assistant|junior|counterpart|fellow|future|would-be|caretaker)$/i;

/**
 * "Chinese Minister" when another story calls the person "Chinese Foreign Minister"; "governor" beside "Bank of
 * Tarnland governor": a description that holds every word of the role in order and adds only words that
 * qualify it (a body, a portfolio, a country) says the same more fully, and is the role.
 */
function fullerRole(role: string | null, ranked: ReadonlyArray<{ text: string }>): string | null {
  if (role === null) return role;
  const words = role.toLowerCase().split(/\s+/);
  const fuller = ranked.find((d) => {
    const other = d.text.split(/\s+/);
    if (other.length <= words.length || other.length > 7) return false;
    let k = 0;
    const added: string[] = [];
    for (const w of other) {
      if (k < words.length && w.toLowerCase() === words[k]) k++;
      else added.push(w);
    }
    return k === words.length && added.every(qualifiesRole);
  });
  return fuller?.text ?? role;
}

/** Lower-case words that name a field or a post's part ("home secretary", "district court judge", "lead singer"). */
const FIELD_WORDS = new Set([
  'home', 'foreign', 'finance', 'education', 'health', 'trade', 'transport', 'defence', 'culture', 'environment', 'justice',
  'district', 'court', 'athletics', 'technology', 'political', 'parliamentary', 'party', 'club', 'race', 'lead',
  'constitutional', 'affairs', 'committee', 'news', 'civil', 'rights', 'group', 'of', 'the', 'at',
]);

/**
 * Whether a word added to a role only qualifies it: a capitalised name that is no plain English word (a body,
 * a country, "Qantas", "UK"), a nationality or a party, or a field word. "attack Tory leader", "25-year-old
 * fly-half", "Inspirational flanker" add words of the sentence, not of the post.
 */
function qualifiesRole(word: string): boolean {
  if (ROLE_CHANGERS.test(word)) return false;
  // ("star flanker": "star" praises the player here; it is a role word elsewhere.)
  if (FIELD_WORDS.has(word) || (ROLE_NOUNS.has(word) && word !== 'star')) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  const bare = word.replace(/['\u2019]s?$/, '');
  return TITLE_WORDS.has(bare) || isDemonym(bare) || isKnownPlace(bare) || !isEnglishWord(bare.toLowerCase());
}

function bestName(group: Group): string {
  // A spelled-out first name beats a team sheet's initial ("Joss Manse", not "J Manse").
  const initialled = (name: string): number => (isInitialForm(tokensOf(name)) ? 1 : 0);
  // "Colin Tolley", not "Lord Tolley": the peerage alone is one of the person's mentions (peerages.ts).
  const peerOnly = (name: string): number => (PEERAGE.test(name) ? 1 : 0);
  // Of a name written two ways (spellingVariants.ts), the spelling the group is keyed by.
  const offKey = (name: string): number => (keyOf(name) === group.key ? 0 : 1);
  return [...group.names.entries()].sort(
    (a, b) =>
      initialled(a[0]) - initialled(b[0]) ||
      peerOnly(a[0]) - peerOnly(b[0]) ||
      offKey(a[0]) - offKey(b[0]) ||
      b[0].split(/\s+/).length - a[0].split(/\s+/).length ||
      b[1] - a[1] ||
      a[0].localeCompare(b[0], 'en'),
  )[0]![0];
}

/** "J Roe", "S. Roe": an initial and a surname, as team sheets write players. */
export function isInitialForm(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && /^\p{Lu}\.?$/u.test(tokens[0]!) && isBareSurname(tokens.slice(1));
}

function hasRoleWord(description: string): boolean {
  // "Dr", "Sir": how the text addresses someone is no role.
  if (COURTESY_TITLES.has(description) || NAME_STYLES.has(description)) return false;
  return description.split(/\s+/).some((w) => {
    // ("senior vice president, Kestrel pumps division": a comma may follow the role word.)
    const bare = w.replace(/[,;:]$/, '').replace(/['\u2019]s$/, '');
    return ROLE_NOUNS.has(bare.toLowerCase()) || TITLE_WORDS.has(bare) || ROLE_NOUNS.has(bare.toLowerCase().replace(/s$/, ''));
  });
}

/** Descriptions that open with a relation to another person ("counterpart Minister", "fellow Tory"). */
const RELATION_OPENERS = /^(?:counterpart|partner|colleague|compatriot|team-mate|teammate|fellow|rival|opponent|friend)\b/i;

function isRelation(description: string): number {
  return RELATION_OPENERS.test(description) ? 1 : 0;
}

/**
 * "Jo Roe of the Tarn Courier": a description that holds the person's own full name is a mention of them (a
 * speaker's phrase taken whole), not a role; the role is none rather than the name again.
 */
function namesItsHolder(description: string, group: Group): boolean {
  const text = ` ${description.toLowerCase()} `;
  return [...group.names.keys()].some((name) => name.includes(' ') && text.includes(` ${name.toLowerCase()} `));
}

function isAge(description: string): boolean {
  return /\d+-year-old$/.test(description);
}

/** A description that opens with a count (a year, "2004 Olympic champion", is no count). */
function isCount(description: string): boolean {
  return /^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a dozen)\s/i.test(description);
}

function storyContext(articles: readonly PeopleInput[], named: ReadonlyMap<string, ReadonlyArray<{ input: PeopleInput; local: LocalPerson }>>): StoryContext {
  const fullNames = new Map<string, Set<string>>();
  for (const [key, entries] of named) for (const { input } of entries) fullNames.set(input.articleId, (fullNames.get(input.articleId) ?? new Set()).add(key));
  const context = new StoryContext();
  for (const input of articles) {
    const surnames = new Set(input.people.map((p) => keyOf(p.name).split(' ').pop() ?? '').filter(Boolean));
    context.add(input.articleId, { fullNames: fullNames.get(input.articleId) ?? new Set(), surnames, section: input.section ?? null });
  }
  return context;
}

/** Role words of a person's descriptions in one story ("chairman", "striker"), lower case. */
function roleWordsOf(local: Partial<Pick<LocalPerson, 'descriptions'>>): Set<string> {
  const words = new Set<string>();
  for (const d of local.descriptions ?? []) {
    for (const w of d.split(/\s+/)) {
      const bare = w.replace(/['\u2019]s$/, '');
      if (ROLE_NOUNS.has(bare.toLowerCase()) || TITLE_WORDS.has(bare)) words.add(bare.toLowerCase());
    }
  }
  return words;
}

/**
 * One full name's stories, as one person or as two namesakes: a sportsman and someone of another field
 * ("Matthew Taylor" the footballer and the party chairman). The name is split only when the stories
 * filed under sport share no context (namesakes.ts) and no role word with the others, and the others
 * give the name a role that is no sport role. A politician quoted in a sport story stays one person
 * when that story names someone of the politics stories or calls him minister; a footballer named in a
 * technology story with no role stays one too. The part with more stories keeps `key` and the plain id;
 * the other adds its section to both.
 */
function namesakeParts(
  key: string,
  entries: ReadonlyArray<{ input: PeopleInput; local: LocalPerson }>,
  context: StoryContext,
): Array<{ key: string; suffix: string; entries: Array<{ input: PeopleInput; local: LocalPerson }> }> {
  const whole = [{ key, suffix: '', entries: [...entries] }];
  const sport = entries.filter((e) => isSportSection(e.input.section));
  const other = entries.filter((e) => !isSportSection(e.input.section) && (e.input.section ?? null) !== null);
  if (sport.length === 0 || other.length === 0 || sport.length + other.length < entries.length) return whole;
  const otherRoles = new Set(other.flatMap((e) => [...roleWordsOf(e.local)]));
  if (otherRoles.size === 0 || [...otherRoles].some((w) => SPORT_ROLES.has(w))) return whole;
  const surname = key.split(' ').pop() ?? '';
  const otherStories = other.map((e) => e.input.articleId);
  for (const e of sport) {
    if (context.related(e.input.articleId, otherStories, key, surname)) return whole;
    if ([...roleWordsOf(e.local)].some((w) => otherRoles.has(w))) return whole;
  }
  const stories = (part: ReadonlyArray<{ input: PeopleInput }>): string[] => [...new Set(part.map((e) => e.input.articleId))].sort();
  const parts = [sport, other].sort((a, b) => stories(b).length - stories(a).length || (stories(a)[0]! < stories(b)[0]! ? -1 : 1));
  const suffix = slugify(parts[1]![0]!.input.section ?? '') || 'namesake';
  return [
    { key, suffix: '', entries: parts[0]! },
    { key: `${key}\u0000${suffix}`, suffix, entries: parts[1]! },
  ];
}

/**
 * Of several full names a team-sheet form fits and whose stories share team-mates with it ("M Roe": a
 * flanker Mal Roe and a coach Mick Roe of a rival side), the one the collection calls a player, when each
 * other one has a role and it is no playing role: a sheet lists players, not coaches or chairmen.
 */
function playerOfSeveral(fits: Group[]): Group[] {
  if (fits.length < 2) return fits;
  const roles = (g: Group) => new Set([...g.descriptions.values()].flatMap((d) => [...roleWordsOf({ descriptions: [d.text] })]));
  const players = fits.filter((g) => [...roles(g)].some((w) => SPORT_ROLES.has(w)));
  const others = fits.filter((g) => !players.includes(g));
  return players.length === 1 && others.every((g) => roles(g).size > 0) ? players : fits;
}

/** A section of sport stories, by its name ("Sport", "sports", "Rugby sport"). */
function isSportSection(section: string | null | undefined): boolean {
  return section != null && /\bsports?\b/i.test(section);
}

/**
 * Role words that only sport gives ("striker", "scrum-half", "keeper"); "captain", "manager", "coach"
 * and "chairman" are left out, since other fields use them too.
 */
const SPORT_ROLES = new Set([
  'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'full-back', 'centre-back',
  'sweeper', 'scrum-half', 'fly-half', 'flanker', 'hooker', 'prop', 'lock', 'number', 'footballer', 'cricketer',
  'batsman', 'bowler', 'all-rounder', 'sprinter', 'athlete', 'hurdler', 'runner', 'swimmer', 'cyclist', 'golfer',
  'boxer', 'jockey', 'player', 'international', 'champion', 'medallist', 'skipper', 'referee', 'umpire',
]);
