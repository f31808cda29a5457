import { useParams } from 'react-router';
import { PersonPage } from '../features/people/PersonPage';

export function Component() {
  const { id, page } = useParams();
  return <PersonPage key={id} id={id} page={page} />;
}
