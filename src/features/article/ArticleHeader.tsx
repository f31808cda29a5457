import type { Article } from '../../content/schema';
import { UpdateLine } from './UpdateLine';

/** Section, headline, update line and the lead media caption. */
export function ArticleHeader({ article }: { article: Article }) {
  const { caption, imageAlt } = article;
  return (
    <header className="article-header">
      {article.section && <p className="article-header__section">{article.section}</p>}
      <h1 className="article-header__headline">{article.headline}</h1>
      <UpdateLine updated={article.updated} />
      {(caption || imageAlt) && (
        <figure className="lead-media">
          {imageAlt && (
            <p className="lead-media__alt">
              <span className="lead-media__label">Image:</span> {imageAlt}
            </p>
          )}
          {caption && <figcaption className="lead-media__caption">{caption}</figcaption>}
        </figure>
      )}
    </header>
  );
}
