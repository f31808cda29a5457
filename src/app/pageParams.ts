import { createContext, use } from 'react';
import type { Params } from 'react-router';

/** The matched address's `:id` and `:page`, set by the router around the page it draws (router.tsx). */
export const PageParams = createContext<Params>({});

/** The current page's path parameters (React Router's `useParams`, for the app's own route rendering). */
export function usePageParams(): Params {
  return use(PageParams);
}
