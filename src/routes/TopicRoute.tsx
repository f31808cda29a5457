import { useParams } from 'react-router';
import { TopicPage } from '../features/topics/TopicPage';

export function Component() {
  const { id, page } = useParams();
  return <TopicPage key={id} id={id} page={page} />;
}
