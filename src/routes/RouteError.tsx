import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState } from '../features/layout/ErrorState';
import { NotFoundView } from '../features/layout/NotFoundView';
import { useDocumentTitle } from '../features/layout/useDocumentTitle';

/**
 * Catches whatever a page throws (including a lazy module that fails to download after a deploy), inside
 * the site layout, so the reader always has the header and a way on.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundView />;
  return <CrashView error={error} />;
}

function CrashView({ error }: { error: unknown }) {
  useDocumentTitle('Something went wrong');
  return (
    <ErrorState
      title="Something went wrong"
      error={error instanceof Error ? new Error('This page hit an unexpected problem.') : error}
      onRetry={() => window.location.reload()}
    />
  );
}
