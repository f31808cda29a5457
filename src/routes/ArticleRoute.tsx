import { usePageParams } from '../app/pageParams';
import { ArticlePage } from '../features/article/ArticlePage';

export function Component() {
  const { id } = usePageParams();
  // Key by id: a new story starts from a clean state (no leftover speaker filter or marked quote).
  return <ArticlePage key={id} id={id} />;
}
