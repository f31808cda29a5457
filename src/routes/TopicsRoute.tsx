import { TopicsIndexPage } from '../features/topics/TopicsIndexPage';

export function Component() {
  return <TopicsIndexPage />;
}
