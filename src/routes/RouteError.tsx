import { Component, type ReactNode } from 'react';
import { ErrorState } from '../features/layout/ErrorState';
import { useDocumentTitle } from '../features/layout/useDocumentTitle';

/**
 * Catches whatever a page throws while rendering (including a page module that fails to download after a
 * deploy), inside the site layout, so the reader always has the header and a way on. Moving to another
 * address (`resetKey`) tries again.
 */
export class RouteErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { error: unknown; failedAt: string | null }> {
  override state = { error: null as unknown, failedAt: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; failedAt: string | null }) {
    if (state.failedAt === null) return state.error === null ? null : { failedAt: props.resetKey };
    return props.resetKey === state.failedAt ? null : { error: null, failedAt: null };
  }

  override render() {
    return this.state.failedAt !== null || this.state.error !== null ? <CrashView error={this.state.error} /> : this.props.children;
  }
}

export function CrashView({ error }: { error: unknown }) {
  useDocumentTitle('Something went wrong');
  return (
    <ErrorState
      title="Something went wrong"
      error={error instanceof Error ? new Error('This page hit an unexpected problem.') : error}
      onRetry={() => window.location.reload()}
    />
  );
}
