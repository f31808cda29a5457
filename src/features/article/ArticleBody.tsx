import type { Article } from '../../content/schema';
import { ArticleBlock } from './blocks/ArticleBlock';

/** The story's blocks in order, each drawn by its own component. */
export function ArticleBody({ article }: { article: Article }) {
  return (
    <div className="article-body">
      {article.blocks.map((block, index) => (
        <ArticleBlock key={index} block={block} index={index} quotes={article.quotes} />
      ))}
    </div>
  );
}
