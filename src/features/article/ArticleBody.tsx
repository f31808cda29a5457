import type { Article } from '../../content/schema';
import { ArticleBlock } from './blocks/ArticleBlock';
import { quoteNoteId, speakerDescription } from './quoteDisplay';

/**
 * The story's blocks in order, each drawn by its own component, then the quotes' speaker notes: hidden,
 * and read by screen readers as each quote link's description (aria-describedby reads hidden elements).
 * Kept out of the paragraphs so the text of the story stays exactly the text of the story.
 */
export function ArticleBody({ article }: { article: Article }) {
  return (
    <div className="article-body">
      {article.blocks.map((block, index) => (
        <ArticleBlock key={index} block={block} index={index} quotes={article.quotes} />
      ))}
      {article.quotes.length > 0 && (
        <div hidden className="quote-notes">
          {article.quotes.map((quote) => (
            <span key={quote.id} id={quoteNoteId(quote.id)}>
              {speakerDescription(quote.speaker)}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
