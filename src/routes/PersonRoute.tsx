import { usePageParams } from '../app/pageParams';
import { PersonPage } from '../features/people/PersonPage';

export function Component() {
  const { id, page } = usePageParams();
  return <PersonPage key={id} id={id} page={page} />;
}
