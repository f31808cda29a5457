import { curlyQuotes } from '../../../content/typography';
import type { CrossheadBlock } from '../../../content/schema';

/** A sub-heading between paragraphs. A quoted crosshead repeats a speaker's words, so it keeps its quotes. */
export function Crosshead({ block }: { block: CrossheadBlock }) {
  return <h2 className="crosshead">{block.quoted ? `\u2018${curlyQuotes(block.text, '\u2018')}\u2019` : curlyQuotes(block.text)}</h2>;
}
