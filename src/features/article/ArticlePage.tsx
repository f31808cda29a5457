import { isSlug, useArticle } from '../../data/hooks';
import { NotFoundView } from '../layout/NotFoundView';
import { QueryState } from '../layout/QueryState';
import { titleForQuery, useDocumentTitle } from '../layout/useDocumentTitle';
import { ArticleView } from './ArticleView';

const NOT_FOUND = {
  title: 'Story not found',
  message: 'This archive has no story at this address. It may have been removed, or the link may be mistyped.',
};

/** `/articles/:id`: load the story and show it, or the loading, error or not-found state. */
export function ArticlePage({ id }: { id: string | undefined }) {
  if (!isSlug(id)) return <NotFoundView {...NOT_FOUND} />;
  return <LoadedArticle id={id} />;
}

function LoadedArticle({ id }: { id: string }) {
  const query = useArticle(id);
  useDocumentTitle(titleForQuery(query, (article) => article.headline, 'Story'));
  return (
    <QueryState query={query} shape="article" notFound={NOT_FOUND}>
      {(article) => <ArticleView article={article} />}
    </QueryState>
  );
}
