import { usePageParams } from '../app/pageParams';
import { TopicPage } from '../features/topics/TopicPage';

export function Component() {
  const { id, page } = usePageParams();
  return <TopicPage key={id} id={id} page={page} />;
}
