import type { ParagraphBlock, Quote } from '../../../content/schema';
import { QuotedText } from '../QuotedText';

/** A paragraph of body text; the intro paragraph is drawn as the standfirst. */
export function Paragraph({ block, quotes }: { block: ParagraphBlock; quotes: readonly Quote[] }) {
  return (
    <p className={block.intro ? 'standfirst' : 'paragraph'}>
      <QuotedText text={block.text} quotes={quotes} />
    </p>
  );
}
