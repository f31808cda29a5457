import { StoryListPage } from '../features/article/list/StoryListPage';

export function Component() {
  return <StoryListPage />;
}
