import { useId } from 'react';
import type { AnalysisBlock, Quote } from '../../../content/schema';
import { quotesForBlock } from '../quoteRuns';
import { Paragraph } from './Paragraph';

/** A correspondent's analysis inside the story: their name and role head the box, their paragraphs follow. */
export function AnalysisBox({
  block,
  blockIndex,
  quotes,
}: {
  block: AnalysisBlock;
  blockIndex: number;
  quotes: readonly Quote[];
}) {
  const headingId = useId();
  return (
    <aside className="analysis" aria-labelledby={headingId}>
      <h2 id={headingId} className="analysis__heading">
        <span className="analysis__kicker">Analysis</span>
        <span className="analysis__name">{block.author.name}</span>
        {block.author.role && <span className="analysis__role">{block.author.role}</span>}
      </h2>
      {block.blocks.map((child, childIndex) => (
        <Paragraph
          key={childIndex}
          block={{ ...child, intro: undefined }}
          quotes={quotesForBlock(quotes, blockIndex, childIndex)}
        />
      ))}
    </aside>
  );
}
