/**
 * Sentence templates, written for the generator: what people say (first person, for quotes), what the
 * reporter writes (third person), and what a correspondent writes in an analysis box. `{x}` slots are
 * filled from the article's cast by `fill`.
 */
import type { Rng } from './prng.ts';
import { ACTION_NOUNS, ADJECTIVES, MONTHS, NOUNS, WEEKDAYS } from './vocabulary.ts';

/** Things people say; no final punctuation (the quote form adds it). */
export const UTTERANCES = [
  'We cannot keep asking {nouns} to pay more for {theme} while nothing gets better',
  'This is a {adjective} {action} and it deserves a proper hearing',
  "I have spoken to {nouns} in {place} and they're tired of waiting",
  'Nobody pretends the money is there yet, but the direction is right',
  'If {org} will not act, then we will have to do it ourselves',
  'We were told the {action} would take months, and it has taken years',
  "It simply isn't good enough for {nouns} who have done nothing wrong",
  'There is no quick fix for {theme}, and anyone who says otherwise is not being straight with you',
  'Our members in {place} have waited long enough for an answer',
  'The figures speak for themselves, and they are not pretty',
  "I'm confident we will reach an agreement by {month}",
  'We want to work with {org}, not against them',
  'This has been the hardest year any of us can remember',
  'People in {place} deserve better than a promise on a leaflet',
  'We will study the {action} carefully before we decide anything',
  'Frankly, it is a mess, and somebody has to take responsibility for it',
  'The cost of doing nothing about {theme} is far higher than the cost of acting now',
  'Nobody at {org} saw this coming, and that in itself tells you something',
  'I would urge {nouns} to stay calm and to check the advice before they travel',
  "We've made mistakes and we will put them right",
  'My door is open to anyone who wants to talk about {theme}',
  "You don't fix a leaking roof by arguing about the colour of the tiles",
  'Every week we wait, another {n} {nouns} are left without help',
  'We asked for a fair hearing and that is all we are asking for now',
  'The rules were written for a different age and they need changing',
  'I think most {nouns} will see this for what it is',
  'We knew it would be difficult, but not this difficult',
  'There is real anger here, and I understand why',
  'Our plan for {theme} is costed, it is credible and it is ready',
  'I don\'t accept that {place} should be last in the queue again',
] as const;

/** Short phrases quoted inside reported speech (partial quotes) and used as quoted crossheads. */
export const PHRASES = [
  'a step backwards', 'deeply worrying', 'long overdue', 'a fair deal', 'a matter of weeks', 'the wrong answer',
  'a real chance', 'very positive', 'not a choice but a necessity', 'tired of waiting', 'a sensible compromise',
  'an insult to {nouns}', 'the last straw', 'a fresh start', 'nowhere near enough', 'open to talks',
] as const;

/** The reporter's own sentences; each ends with its full stop. */
export const NARRATIVE = [
  '{org} said the {action} would cost about £{n} million over {k} years.',
  'The {action} follows months of pressure from {nouns} in {place}.',
  'Figures released on {weekday} showed a rise of {p}% in complaints about {theme}.',
  'Critics say the changes will do little for {nouns} outside the big cities.',
  'Talks between {org} and ministers are expected to resume next week.',
  '{place} has seen {k} protests over {theme} since the start of the year.',
  'The government has promised to publish its own proposals on {theme} before the summer.',
  'Officials in {place} said they had not been consulted about the {action}.',
  'Earlier this year, {org} warned that {theme} could become a serious problem within a decade.',
  'About {n} {nouns} are thought to have been affected so far.',
  'Opposition parties have called for an independent inquiry into the handling of {theme}.',
  'The decision will be reviewed in {month}, when new figures are due.',
  'A similar {action} was dropped three years ago after a legal challenge.',
  'Campaigners gathered outside the offices of {org} on {weekday} morning.',
  'The scheme is due to start in {place} before being extended elsewhere.',
  'Some {nouns} said they had only heard about the plans from their neighbours.',
  'Ministers insist the money will be found from existing budgets.',
  'The {action} was approved by a narrow margin after a long debate.',
  'Average spending on {theme} has fallen by {p}% in real terms since 2003.',
  'It is not the first time {org} has been criticised over {theme}.',
  'Local businesses in {place} say trade has already dropped by a third.',
  'The report runs to more than {k}00 pages and took two years to complete.',
  'A final decision is not expected until the autumn.',
  'Under the proposals, {nouns} would be able to appeal within {k} weeks.',
] as const;

/** What a correspondent writes in an analysis box. */
export const ANALYSIS = [
  'The mood in {place} this week has been {adjective} rather than angry.',
  'What happens next depends largely on whether {org} can hold its members together.',
  'It is hard to overstate how much is riding on the {action} for the government.',
  'Privately, officials admit the timetable was always optimistic.',
  'There is a sense here that the argument over {theme} has only just begun.',
  'Few people I spoke to expect a quick resolution.',
  'The numbers are small, but the symbolism is large.',
  'For now, both sides seem content to wait for the other to blink.',
  'Behind the careful language lies a genuine disagreement about who should pay.',
] as const;

export interface Slots {
  org: string;
  place: string;
  theme: string;
}

/** Fills `{x}` slots; the random ones (numbers, nouns, dates) are drawn from the article's stream. */
export function fill(template: string, slots: Slots, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    switch (name) {
      case 'org':
        return slots.org;
      case 'place':
        return slots.place;
      case 'theme':
        return slots.theme;
      case 'nouns':
        return rng.pick(NOUNS);
      case 'action':
        return rng.pick(ACTION_NOUNS);
      case 'adjective':
        return rng.pick(ADJECTIVES);
      case 'weekday':
        return rng.pick(WEEKDAYS);
      case 'month':
        return rng.pick(MONTHS);
      case 'n':
        return String(rng.int(2, 90) * (rng.chance(0.4) ? 10 : 1));
      case 'k':
        return String(rng.int(2, 9));
      case 'p':
        return String(rng.int(3, 40));
      default:
        return whole;
    }
  });
}
