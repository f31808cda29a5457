import { Fragment, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Link } from '../layout/Link';
import type { Quote } from '../../content/schema';
import { curlyQuotes } from '../../content/typography';
import { quoteNoteId, speakerColourClass, speakerDescription, useQuoteDisplay } from './quoteDisplay';
import { splitIntoRuns } from './quoteRuns';
import { placeSpeakerTags, type SpeakerTagPlace } from './speakerTags';
import { SpeakerTag } from './SpeakerTag';

/**
 * A block's text with its quotes highlighted. Each quote is a link to itself (`#q3`): reachable by
 * keyboard, its address copyable like any link, and nothing inserted into the sentence. The speaker rides
 * on the highlight — a note on hover and focus (CSS, from `data-note`), the link's accessible description
 * (QuoteNotes), printed after the quote — and is written inline only where the sentence does not name them (see speakerTags.ts).
 *
 * Everything is rendered as React text: article text is data, never markup. Straight quotation marks are
 * drawn curly, one character for one, so the recorded offsets still hold.
 */
export function QuotedText({ text, quotes }: { text: string; quotes: readonly Quote[] }) {
  const display = useQuoteDisplay();
  const location = useLocation();
  if (quotes.length === 0) return <>{curlyQuotes(text)}</>;
  const runs = splitIntoRuns(text, quotes);
  const tags = placeSpeakerTags(text, runs);
  // Curled once over the whole block (marks need their neighbours), then cut by the same offsets.
  const shown = curlyQuotes(text);
  const typeset = (from: number, to: number) => shown.slice(from, to);
  const tagsAt = (offset: number) => tags.filter((t) => t.at === offset).map((place) => tagElement(place, display.colours));
  const out: ReactNode[] = [];
  for (const run of runs) {
    const end = run.start + run.text.length;
    if (run.kind === 'text') {
      // Split the plain text where a speaker tag goes (after a sentence's full stop).
      let cursor = run.start;
      for (const at of [...new Set(tags.map((t) => t.at))].filter((a) => a > run.start && a <= end)) {
        out.push(<Fragment key={`t${cursor}`}>{typeset(cursor, at)}</Fragment>, ...tagsAt(at));
        cursor = at;
      }
      if (cursor < end) out.push(<Fragment key={`t${cursor}`}>{typeset(cursor, end)}</Fragment>);
      continue;
    }
    out.push(<QuoteLink key={`q${run.start}`} quote={run.quote} text={typeset(run.start, end)} display={display} search={location.search} />, ...tagsAt(end));
  }
  return <>{out}</>;
}

function tagElement({ quote, at }: SpeakerTagPlace, colours: ReadonlyMap<string, number>) {
  return <SpeakerTag key={`tag-${quote.id}-${at}`} speaker={quote.speaker} colourClass={speakerColourClass(quote.speaker, colours)} />;
}

function QuoteLink({ quote, text, display, search }: { quote: Quote; text: string; display: ReturnType<typeof useQuoteDisplay>; search: string }) {
  const { activeSpeaker, markedQuote, articleId, colours } = display;
  const speakerId = quote.speaker.personId;
  const emphasis = activeSpeaker === null ? '' : speakerId === activeSpeaker ? ' quote--chosen' : ' quote--dimmed';
  const className = `quote${emphasis}${markedQuote === quote.id ? ' is-marked' : ''}`;
  // The note is drawn by CSS from data-note (so it is never part of the paragraph's text, nor of a copy of
  // it); screen readers get the same words from QuoteNotes through aria-describedby.
  return (
    <span className={`quote-run ${speakerColourClass(quote.speaker, colours)}`} data-note={speakerDescription(quote.speaker)}>
      {articleId ? (
        <Link
          id={quote.id}
          className={className}
          to={{ pathname: `/articles/${articleId}`, search, hash: `#${quote.id}` }}
          // Marking the quote must not jump the page: the reader is already looking at it. A replaced
          // entry keeps the scroll position (app/scrollRestoration.ts).
          replace
          aria-describedby={quoteNoteId(quote.id)}
          data-speaker={speakerId ?? undefined}
        >
          {text}
        </Link>
      ) : (
        <span id={quote.id} className={className} data-speaker={speakerId ?? undefined}>
          {text}
        </span>
      )}
    </span>
  );
}
