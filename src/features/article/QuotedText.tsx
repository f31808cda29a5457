import { Fragment } from 'react';
import type { Quote } from '../../content/schema';
import { useQuoteDisplay } from './quoteDisplay';
import { splitIntoRuns } from './quoteRuns';
import { SpeakerTag } from './SpeakerTag';
import { CopyQuoteLink } from '../share/CopyQuoteLink';

/**
 * A block's text with its quotes highlighted. Everything is rendered as React text: article text is data,
 * never markup.
 */
export function QuotedText({ text, quotes }: { text: string; quotes: readonly Quote[] }) {
  const { activeSpeaker, markedQuote, articleId } = useQuoteDisplay();
  if (quotes.length === 0) return <>{text}</>;
  return (
    <>
      {splitIntoRuns(text, quotes).map((run) => {
        if (run.kind === 'text') return <Fragment key={run.start}>{run.text}</Fragment>;
        const { quote } = run;
        const speakerId = quote.speaker.personId;
        const emphasis = activeSpeaker === null ? '' : speakerId === activeSpeaker ? ' quote--chosen' : ' quote--dimmed';
        const marked = markedQuote === quote.id;
        return (
          <span key={run.start} className="quote-run">
            <span
              id={quote.id}
              className={`quote${emphasis}${marked ? ' is-marked' : ''}`}
              data-speaker={speakerId ?? undefined}
              // Only the quote named in the URL hash takes focus (programmatically), so it is not a tab stop.
              tabIndex={marked ? -1 : undefined}
            >
              {run.text}
            </span>
            <SpeakerTag speaker={quote.speaker} />
            {articleId && <CopyQuoteLink articleId={articleId} quoteId={quote.id} speaker={quote.speaker.name} />}
          </span>
        );
      })}
    </>
  );
}
