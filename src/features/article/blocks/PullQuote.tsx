import { useEffect, useRef } from 'react';
import { watchLateFonts } from '../../../app/lateFonts';
import { Link } from '../../layout/Link';
import { curlyQuotes } from '../../../content/typography';
import type { PullQuoteBlock } from '../../../content/schema';

/** A quotation set off from the text, attributed to its speaker (linked when they are in the index). */
export function PullQuote({ block }: { block: PullQuoteBlock }) {
  const { speaker } = block;
  const name = speaker.name ?? 'Unknown speaker';
  // Its italic is a late face: asked for once the quote comes near the screen (a page the app drew; on a
  // pre-rendered page the entry already watches it).
  const figure = useRef<HTMLElement>(null);
  useEffect(() => (figure.current ? watchLateFonts(figure.current) : undefined), []);
  return (
    <figure className="pullquote" ref={figure}>
      <blockquote>
        <p>{curlyQuotes(block.text)}</p>
      </blockquote>
      <figcaption>
        <cite>{speaker.personId ? <Link to={`/people/${speaker.personId}`}>{name}</Link> : name}</cite>
      </figcaption>
    </figure>
  );
}
