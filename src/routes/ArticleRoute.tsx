import { useParams } from 'react-router';
import { ArticlePage } from '../features/article/ArticlePage';

export function Component() {
  const { id } = useParams();
  // Key by id: a new story starts from a clean state (no leftover speaker filter or marked quote).
  return <ArticlePage key={id} id={id} />;
}
