import { PeopleIndexPage } from '../features/people/PeopleIndexPage';

export function Component() {
  return <PeopleIndexPage />;
}
