import { NotFoundView } from '../features/layout/NotFoundView';

export function Component() {
  return <NotFoundView />;
}
