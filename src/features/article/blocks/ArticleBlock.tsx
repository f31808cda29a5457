import type { Block, Quote } from '../../../content/schema';
import { quotesForBlock } from '../quoteRuns';
import { AnalysisBox } from './AnalysisBox';
import { Crosshead } from './Crosshead';
import { Paragraph } from './Paragraph';
import { PullQuote } from './PullQuote';

/** Picks the one component for a block's type. Adding a block type to the schema fails to compile here. */
export function ArticleBlock({ block, index, quotes }: { block: Block; index: number; quotes: readonly Quote[] }) {
  switch (block.type) {
    case 'paragraph':
      return <Paragraph block={block} quotes={quotesForBlock(quotes, index)} />;
    case 'crosshead':
      return <Crosshead block={block} />;
    case 'pullquote':
      return <PullQuote block={block} />;
    case 'analysis':
      return <AnalysisBox block={block} blockIndex={index} quotes={quotes} />;
    default: {
      const unknown: never = block;
      return unknown;
    }
  }
}
