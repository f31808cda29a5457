import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isNotFound } from '../../data/errors';
import { ErrorState } from './ErrorState';
import { LoadingState, type SkeletonShape } from './LoadingState';
import { NotFoundView } from './NotFoundView';

/**
 * The three non-content states of any page backed by one query: loading (skeleton), not found (404 view)
 * and failed (error with Retry). Renders `children(data)` once the data is there.
 */
export function QueryState<T>({
  query,
  shape,
  notFound,
  children,
}: {
  query: UseQueryResult<T>;
  shape: SkeletonShape;
  notFound?: { title: string; message: string };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingState shape={shape} />;
  if (query.isError) {
    if (isNotFound(query.error)) return <NotFoundView {...notFound} />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return <>{children(query.data)}</>;
}
