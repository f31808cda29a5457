import type { ReactNode } from 'react';
import type { Article } from '../../content/schema';
import { curlyQuotes } from '../../content/typography';
import { UpdateLine } from './UpdateLine';

/**
 * Section, headline, the meta row (update time and sharing, where news pages put them) and the lead
 * picture's caption. The archive keeps captions but not pictures, so the caption is drawn as a media note —
 * a small picture mark and "Picture not archived" — rather than as an empty picture frame.
 */
export function ArticleHeader({ article, actions }: { article: Article; actions?: ReactNode }) {
  const { caption, imageAlt } = article;
  return (
    <header className="article-header">
      {article.section && <p className="article-header__section">{article.section}</p>}
      <h1 className="article-header__headline">{curlyQuotes(article.headline)}</h1>
      <div className="article-meta">
        <UpdateLine updated={article.updated} />
        {actions}
      </div>
      {(caption || imageAlt) && (
        <figure className="lead-media">
          <p className="lead-media__note">
            <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18" className="lead-media__icon">
              <path
                fill="currentColor"
                d="M4 5h3l2-2h6l2 2h3a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Zm8 3.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Zm0 2a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Z"
              />
            </svg>
            <span className="lead-media__label">Picture not archived{imageAlt ? ':' : ''}</span>
            {imageAlt && <span className="lead-media__alt"> {curlyQuotes(imageAlt)}</span>}
          </p>
          {caption && <figcaption className="lead-media__caption">{curlyQuotes(caption)}</figcaption>}
        </figure>
      )}
    </header>
  );
}
