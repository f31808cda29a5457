import { useParams } from 'react-router';
import { TopicPage } from '../features/topics/TopicPage';

export function Component() {
  const { id } = useParams();
  return <TopicPage key={id} id={id} />;
}
