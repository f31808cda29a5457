import type { CrossheadBlock } from '../../../content/schema';

/** A sub-heading between paragraphs. A quoted crosshead repeats a speaker's words, so it keeps its quotes. */
export function Crosshead({ block }: { block: CrossheadBlock }) {
  return <h2 className="crosshead">{block.quoted ? `\u2018${block.text}\u2019` : block.text}</h2>;
}
