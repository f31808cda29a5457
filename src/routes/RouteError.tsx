import { Component, type ReactNode } from 'react';
import { PageLoadError } from '../app/pageLoadError';
import { retryFailedPages } from '../app/pageModules';
import { ErrorState } from '../features/layout/ErrorState';
import { useDocumentTitle } from '../features/layout/useDocumentTitle';
import { useOnlineStatus } from '../features/offline/useOnlineStatus';

interface BoundaryState {
  error: unknown;
  failedAt: string | null;
}

/**
 * Catches whatever a page throws while rendering (including a page module that fails to download after a
 * deploy or offline), inside the site layout, so the reader always has the header and a way on. Moving
 * to another address (`resetKey`) or Retry tries again.
 */
export class RouteErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: BoundaryState) {
    if (state.failedAt === null) return state.error === null ? null : { failedAt: props.resetKey };
    return props.resetKey === state.failedAt ? null : { error: null, failedAt: null };
  }

  /**
   * Online, Retry loads the document again: browsers now keep a failed `import()` failed for the life of
   * the document (Chromium 150 sends no second request), so only a new document asks for the module again.
   * The automatic reload stays once per build (pageLoadError.ts); this one is the reader's own click.
   * Offline, a reload would fetch nothing: the page tries the download again in place.
   */
  private readonly retry = () => {
    if (navigator.onLine) {
      window.location.reload();
      return;
    }
    retryFailedPages();
    this.setState({ error: null, failedAt: null });
  };

  override render() {
    if (this.state.failedAt === null && this.state.error === null) return this.props.children;
    const { error } = this.state;
    return error instanceof PageLoadError ? <PageLoadFailedView onRetry={this.retry} /> : <CrashView error={error} />;
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

/**
 * The page's code could not be downloaded. Retry asks for it once more (it works again once the reader
 * is back online); online, a reload fetches the site's current build, whose files may have new names.
 */
export function PageLoadFailedView({ onRetry }: { onRetry: () => void }) {
  const online = useOnlineStatus();
  useDocumentTitle('This page could not be loaded');
  const message = online
    ? 'Part of the site could not be downloaded. The site may have been updated since you opened it: reload the page to get the latest version.'
    : 'You are offline, and this page has not been saved for offline reading. Retry once you are back online.';
  return (
    <ErrorState title="This page could not be loaded" error={new Error(message)} onRetry={onRetry}>
      {online && (
        <button type="button" className="button button--quiet" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      )}
    </ErrorState>
  );
}
