/**
 * Renders one generated article as page text: update line, headline, optional caption, body (paragraphs,
 * crossheads, pull quotes, an analysis box, quotes of every form the pipeline must read), `Print Sponsor`,
 * related stories and page furniture. Pure: (cast, seed, index, total) → bytes.
 */
import type { Cast, CastPerson, Correspondent } from './cast.ts';
import { relatedDateLine, updateLine } from './calendar.ts';
import { articleMeta, type ArticleMeta } from './meta.ts';
import { Deck, Rng } from './prng.ts';
import { ANALYSIS, NARRATIVE, PHRASES, UTTERANCES, fill, type Slots } from './sentences.ts';
import { footerLines } from './furniture.ts';
import { ACTION_NOUNS, ADJECTIVES, CROSSHEADS, OUTSIDE_SECTIONS, WEEKDAYS, WORK_KINDS, WORK_TITLES } from './vocabulary.ts';

export interface RenderedArticle {
  path: string;
  headline: string;
  encoding: 'utf-8' | 'windows-1252';
  bytes: Buffer;
}

/** How often each optional part appears; tuned to look like a real archive, not to be exact. */
const RATE = {
  missingUpdateLine: 0.03,
  malformedUpdateLine: 0.02,
  mediaCaption: 0.45,
  imagePair: 0.2,
  curlyQuotes: 0.25,
  windows1252: 0.01,
  analysisBox: 0.15,
  pullQuote: 0.06,
  crosshead: 0.12,
  quotedCrosshead: 0.25,
  related: 0.65,
  relatedOutside: 0.25,
  noPrintSponsor: 0.03,
  doubledBlank: 0.03,
  missingBlank: 0.015,
} as const;

interface Marks {
  open: string;
  close: string;
  apostrophe: string;
}

/** A piece of the page: its lines are joined with single newlines; pieces with blank lines between. */
interface Piece {
  text: string;
  paragraph: boolean;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withArticle = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
const pronoun = (p: CastPerson) => (p.gender === 'female' ? 'she' : 'he');
const shortRef = (p: CastPerson) => `${p.title} ${p.surname}`;

class BodyWriter {
  readonly pieces: Piece[] = [];
  private readonly introduced = new Set<CastPerson>();
  /** The person the next pronoun would refer to. */
  private lastSpeaker: CastPerson | null = null;
  /** Utterances said so far, for pull quotes that repeat a speaker's words. */
  readonly said: Array<{ person: CastPerson; words: string }> = [];
  private readonly utterances: Deck<string>;
  private readonly narratives: Deck<string>;
  private readonly analyses: Deck<string>;
  private readonly phrases: Deck<string>;
  private readonly titles: Deck<string>;

  constructor(
    private readonly rng: Rng,
    private readonly meta: ArticleMeta,
    private readonly marks: Marks,
    private readonly slots: Slots,
  ) {
    this.utterances = new Deck(UTTERANCES, rng);
    this.narratives = new Deck(NARRATIVE, rng);
    this.analyses = new Deck(ANALYSIS, rng);
    this.phrases = new Deck(PHRASES, rng);
    this.titles = new Deck(WORK_TITLES, rng);
  }

  private quote(words: string): string {
    return `${this.marks.open}${words}`;
  }

  private words(): string {
    return fill(this.utterances.draw(), this.slots, this.rng).replaceAll("'", this.marks.apostrophe);
  }

  paragraph(text: string, speaker: CastPerson | null = null): void {
    this.pieces.push({ text, paragraph: true });
    this.lastSpeaker = speaker;
  }

  other(text: string): void {
    this.pieces.push({ text, paragraph: false });
    this.lastSpeaker = null;
  }

  /** First reference: full name with role; later ones: Mr/Ms/Dr surname. */
  private ref(p: CastPerson): string {
    if (this.introduced.has(p)) return shortRef(p);
    this.introduced.add(p);
    return `${p.full}, ${p.role},`;
  }

  private refEnd(p: CastPerson): string {
    if (this.introduced.has(p)) return shortRef(p);
    this.introduced.add(p);
    return `${p.full}, ${p.role}`;
  }

  intro(): void {
    const main = this.meta.people[0]!;
    const verb = this.rng.pick(['called for', 'rejected', 'defended', 'criticised', 'welcomed', 'promised']);
    const what = `${withArticle(this.rng.pick(ADJECTIVES))} ${this.rng.pick(ACTION_NOUNS)} on ${this.meta.theme}`;
    this.paragraph(`${capitalise(this.ref(main))} has ${verb} ${what}.`, main);
  }

  partialQuote(p: CastPerson): void {
    const phrase = fill(this.phrases.draw(), this.slots, this.rng);
    const { open, close } = this.marks;
    const forms = [
      () => `Speaking in ${this.meta.place}, ${this.ref(p)} said the current arrangements were ${open}${phrase}${close}.`,
      () => `${capitalise(this.ref(p))} described the ${this.rng.pick(ACTION_NOUNS)} as ${open}${phrase}${close}.`,
      () => `${capitalise(this.ref(p))} said the response of ${this.meta.organisation} was ${open}${phrase}${close}, but gave no details.`,
    ];
    this.paragraph(this.rng.pick(forms)(), p);
  }

  /** One quotation paragraph (or two, for a quote that runs on unclosed) by a person. */
  personQuote(p: CastPerson): void {
    const { open, close } = this.marks;
    const w = this.words();
    this.said.push({ person: p, words: w });
    const canPronoun = this.lastSpeaker === p;
    const form = this.rng.int(0, canPronoun ? 5 : 3);
    switch (form) {
      case 0: // "…," said X.
        this.paragraph(`${open}${w},${close} said ${this.refEnd(p)}.`, p);
        break;
      case 1: // X said: "…."
        this.paragraph(`${capitalise(this.ref(p))} said: ${open}${w}.${close}`, p);
        break;
      case 2: {
        // Two paragraphs, the first left open (news style), attribution in the first.
        const second = this.words();
        this.paragraph(`${capitalise(this.ref(p))} said: ${this.quote(w)}.`, p);
        this.paragraph(`${open}${second}.${close}`, p);
        break;
      }
      case 3: // "…," X told reporters.
        this.paragraph(`${open}${w},${close} ${this.ref(p)} told reporters.`.replace(',,', ','), p);
        break;
      case 4: // "…," he said.
        this.paragraph(`${open}${w},${close} ${pronoun(p)} ${this.rng.pick(['said', 'added', 'insisted'])}.`, p);
        break;
      default: {
        // Two paragraphs, the first left open, attribution (a pronoun) at the end of the second.
        const second = this.words();
        this.paragraph(this.quote(`${w}.`), p);
        this.paragraph(`${open}${second},${close} ${pronoun(p)} said.`, p);
      }
    }
  }

  organisationQuote(): void {
    const { open, close } = this.marks;
    const w = this.words();
    const who = this.rng.pick(['spokesman', 'spokeswoman', 'spokesperson']);
    const org = this.meta.organisation;
    this.paragraph(
      this.rng.chance(0.5)
        ? `A ${who} for ${org} said: ${open}${w}.${close}`
        : `${open}${w},${close} ${withArticle(org)} ${who} said.`,
    );
  }

  /** Words in quotation marks that are a title, not speech. */
  titleMention(): void {
    const { open, close } = this.marks;
    const title = this.titles.draw();
    const kind = this.rng.pick(WORK_KINDS);
    const weekday = this.rng.pick(WEEKDAYS);
    this.paragraph(
      this.rng.chance(0.5)
        ? `${this.meta.organisation} published its ${kind}, ${open}${title}${close}, on ${weekday}.`
        : `The ${kind} ${open}${title}${close} has drawn attention to ${this.meta.theme} in ${this.meta.place}.`,
    );
  }

  narrative(): void {
    const sentences = this.rng.int(1, 2);
    const text: string[] = [];
    for (let i = 0; i < sentences; i++) text.push(fill(this.narratives.draw(), this.slots, this.rng));
    this.paragraph(text.join(' '));
  }

  crosshead(): void {
    const speaker = [...this.introduced][0];
    if (speaker && this.rng.chance(RATE.quotedCrosshead)) {
      // A crosshead in single quotes repeats words a speaker uses just below it.
      const phrase = capitalise(fill(this.phrases.draw(), this.slots, this.rng));
      this.other(`'${phrase}'`);
      const { open, close } = this.marks;
      this.paragraph(`${open}${phrase} is the only honest way to describe it,${close} said ${shortRef(speaker)}.`, speaker);
      return;
    }
    this.other(this.rng.chance(0.3) ? capitalise(this.meta.theme) : this.rng.pick(CROSSHEADS));
  }

  pullQuote(): boolean {
    const said = this.said.length > 0 ? this.rng.pick(this.said) : undefined;
    if (!said) return false;
    this.other(`${said.words.replaceAll(this.marks.apostrophe, "'")}\n${said.person.full}`);
    return true;
  }

  analysisBox(author: Correspondent): void {
    const header = this.rng.chance(0.5)
      ? `${author.full}\nBBC ${author.role} ${author.full}`
      : `${author.full}\n${author.full}, BBC News, ${author.city}`;
    this.other(header);
    const paragraphs = this.rng.int(2, 4);
    for (let i = 0; i < paragraphs; i++) {
      const sentences = this.rng.int(1, 2);
      const text: string[] = [];
      for (let s = 0; s < sentences; s++) text.push(fill(this.analyses.draw(), this.slots, this.rng));
      this.paragraph(text.join(' '));
    }
  }

  closing(): void {
    const main = this.meta.people[0]!;
    const what = this.rng.pick(['meet union leaders', 'give evidence to MPs', 'visit the area', 'set out a timetable']);
    this.paragraph(`${shortRef(main)} is due to ${what} on ${this.rng.pick(WEEKDAYS)}.`);
  }
}

export function renderArticle(cast: Cast, seed: string, index: number, total: number): RenderedArticle {
  const meta = articleMeta(cast, seed, index);
  const rng = Rng.for(seed, 'body', index);
  const windows1252 = rng.chance(RATE.windows1252);
  const curly = !windows1252 && rng.chance(RATE.curlyQuotes);
  const marks: Marks = curly ? { open: '\u201c', close: '\u201d', apostrophe: '\u2019' } : { open: '"', close: '"', apostrophe: "'" };
  const slots: Slots = { org: meta.organisation, place: meta.place, theme: meta.theme };
  const head: Piece[] = [];

  const update = rng.next();
  if (update >= RATE.missingUpdateLine + RATE.malformedUpdateLine) {
    head.push({ text: updateLine(meta.instant), paragraph: false });
  } else if (update >= RATE.missingUpdateLine) {
    // A truncated line: the parser must leave `updated` unknown rather than guess.
    head.push({ text: updateLine(meta.instant).replace(/ \d{4} .*$/, ''), paragraph: false });
  }
  head.push({ text: meta.headline, paragraph: false });
  const caption = rng.next();
  const main = meta.people[0]!;
  if (caption < RATE.mediaCaption) {
    const options = [
      `${capitalise(meta.theme)}: what ${meta.place} thinks`,
      `${main.full} on the row over ${meta.theme}`,
      `Residents in ${meta.place} react`,
      `Watch: inside ${meta.organisation}`,
    ];
    head.push({ text: rng.pick(options), paragraph: false });
  } else if (caption < RATE.mediaCaption + RATE.imagePair) {
    const sentence = `${shortRef(main)} has been at the centre of the ${meta.theme} debate`;
    head.push({ text: `${main.full}\n${sentence}${rng.chance(0.5) ? '.' : ''}`, paragraph: false });
  }

  const body = new BodyWriter(rng, meta, marks, slots);
  body.intro();
  body.partialQuote(main);
  const steps = rng.int(5, 20);
  const boxAt = rng.chance(RATE.analysisBox) ? rng.int(2, steps - 1) : -1;
  let sinceHeading = 0;
  let pullQuotes = 0;
  for (let step = 0; step < steps; step++) {
    if (step === boxAt) {
      body.analysisBox(rng.pick(cast.correspondents));
      body.narrative(); // the main report resumes
      continue;
    }
    if (sinceHeading >= 3 && step < steps - 2 && rng.chance(RATE.crosshead)) {
      body.crosshead();
      sinceHeading = 0;
      continue;
    }
    if (pullQuotes < 2 && rng.chance(RATE.pullQuote) && body.pullQuote()) {
      pullQuotes++;
      continue;
    }
    sinceHeading++;
    const roll = rng.next();
    if (roll < 0.38) body.narrative();
    else if (roll < 0.8) body.personQuote(rng.chance(0.5) ? main : rng.pick(meta.people));
    else if (roll < 0.88) body.organisationQuote();
    else if (roll < 0.93) body.titleMention();
    else body.partialQuote(rng.pick(meta.people));
  }
  if (rng.chance(0.5)) body.closing();

  const tail: Piece[] = [];
  if (!rng.chance(RATE.noPrintSponsor)) tail.push({ text: 'Print Sponsor', paragraph: false });
  if (rng.chance(RATE.related)) tail.push({ text: relatedLines(cast, seed, index, total, rng).join('\n'), paragraph: false });
  for (const text of footerLines(rng, meta.instant.getUTCFullYear())) tail.push({ text, paragraph: false });

  const text = joinPieces([...head, ...body.pieces, ...tail], rng);
  return {
    path: meta.path,
    headline: meta.headline,
    encoding: windows1252 ? 'windows-1252' : 'utf-8',
    // Every character the generator writes is below U+0100 in a Windows-1252 article (straight quotes), so
    // latin1 bytes are the Windows-1252 bytes.
    bytes: Buffer.from(text, windows1252 ? 'latin1' : 'utf8'),
  };
}

/** Related stories: mostly other generated articles (exact headline, date, section), some from outside. */
function relatedLines(cast: Cast, seed: string, index: number, total: number, rng: Rng): string[] {
  const lines: string[] = [];
  const count = rng.int(1, 5);
  for (let i = 0; i < count; i++) {
    if (total > 1 && !rng.chance(RATE.relatedOutside)) {
      // Half point near this article (a running story), half anywhere in the archive.
      const near = rng.chance(0.5);
      let other = near ? index + rng.int(-50, 50) : rng.int(0, total - 1);
      other = Math.min(total - 1, Math.max(0, other));
      if (other === index) other = (index + 1) % total;
      const meta = articleMeta(cast, seed, other);
      lines.push(meta.headline, relatedDateLine(meta.instant, meta.sectionName));
    } else {
      const place = cast.places[cast.zipf.places.draw(rng)]!;
      const title = rng.pick([`Timeline: ${place}`, `Country profile: ${place}`, `${place} marks anniversary`, `Guide: ${place} at a glance`]);
      const when = new Date(Date.UTC(rng.int(2003, 2012), rng.int(0, 11), rng.int(1, 28)));
      lines.push(title, relatedDateLine(when, rng.pick(OUTSIDE_SECTIONS)));
    }
  }
  return lines;
}

function joinPieces(pieces: Piece[], rng: Rng): string {
  let out = pieces[0]?.text ?? '';
  for (let i = 1; i < pieces.length; i++) {
    const previous = pieces[i - 1]!;
    const piece = pieces[i]!;
    let gap = '\n\n';
    const roll = rng.next();
    if (roll < RATE.doubledBlank) gap = '\n\n\n';
    else if (previous.paragraph && piece.paragraph && roll < RATE.doubledBlank + RATE.missingBlank) gap = '\n';
    out += gap + piece.text;
  }
  return out;
}
