import { createContext, useContext } from 'react';
import type { Speaker } from '../../content/schema';

/**
 * How quotes are drawn right now, shared by every paragraph of one article: which speaker is singled out
 * (`?speaker=`), which quote the URL hash points at (`#q3`) and each quoted person's colour.
 */
export interface QuoteDisplay {
  /** Person id whose quotes are highlighted; others are dimmed. Null: all quotes highlighted alike. */
  activeSpeaker: string | null;
  /** Quote id from the URL hash, drawn as marked and made focusable. */
  markedQuote: string | null;
  /** The article the quotes belong to, for their permalinks; null where no permalink applies. */
  articleId: string | null;
  /** Colour slot (0 … SPEAKER_COLOURS - 1) of each quoted person, in the order of the story's legend. */
  colours: ReadonlyMap<string, number>;
}

/** Distinct tints in quotes.css (`.speaker-colour-0` …); more speakers than this reuse them in turn. */
export const SPEAKER_COLOURS = 6;

export const QuoteDisplayContext = createContext<QuoteDisplay>({ activeSpeaker: null, markedQuote: null, articleId: null, colours: new Map() });

export const useQuoteDisplay = () => useContext(QuoteDisplayContext);

/**
 * The class naming a speaker's colour: a person's own slot, one shared tint for organisations, groups and
 * people without a page, and a dashed "not identified" style for unknown speakers. The underline bar is
 * always there, so colour is never the only sign of a quote; the speaker's name is in the tooltip and tags.
 */
export function speakerColourClass(speaker: Speaker, colours: ReadonlyMap<string, number>): string {
  if (speaker.type === 'unknown' || !speaker.name) return 'speaker-colour-unknown';
  const slot = speaker.personId ? colours.get(speaker.personId) : undefined;
  return slot === undefined ? 'speaker-colour-other' : `speaker-colour-${slot % SPEAKER_COLOURS}`;
}

/** What the highlight says about its speaker (tooltip, screen readers, print). */
export function speakerDescription(speaker: Speaker): string {
  const name = speaker.name?.trim();
  return speaker.type === 'unknown' || !name ? 'Speaker not identified' : `Quote by ${name}`;
}

/** Id of the element holding a quote's speaker note, for the quote link's aria-describedby. */
export const quoteNoteId = (quoteId: string) => `${quoteId}-by`;
