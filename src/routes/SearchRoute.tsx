import { SearchPage } from '../features/search/SearchPage';

export function Component() {
  return <SearchPage />;
}
