import { Link } from '../../layout/Link';
import { curlyQuotes } from '../../../content/typography';
import type { PullQuoteBlock } from '../../../content/schema';

/** A quotation set off from the text, attributed to its speaker (linked when they are in the index). */
export function PullQuote({ block }: { block: PullQuoteBlock }) {
  const { speaker } = block;
  const name = speaker.name ?? 'Unknown speaker';
  return (
    <figure className="pullquote">
      <blockquote>
        <p>{curlyQuotes(block.text)}</p>
      </blockquote>
      <figcaption>
        <cite>{speaker.personId ? <Link to={`/people/${speaker.personId}`}>{name}</Link> : name}</cite>
      </figcaption>
    </figure>
  );
}
