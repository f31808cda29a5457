import { StoryListPage } from '../features/article/list/StoryListPage';

export function Component() {
  return <StoryListPage />;
}

// The router starts the list's data with the list's own plan, from this module (one download for both).
export { prefetchList, prefetchListForServer } from '../features/article/list/prefetchList';
