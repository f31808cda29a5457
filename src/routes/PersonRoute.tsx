import { useParams } from 'react-router';
import { PersonPage } from '../features/people/PersonPage';

export function Component() {
  const { id } = useParams();
  return <PersonPage key={id} id={id} />;
}
