import { useId, type ReactNode } from 'react';

/**
 * A failed load, with a way to try again (react-query's refetch). While an attempt is already under way
 * (`retrying`), the button says so and ignores presses, instead of looking as if nothing happened; it
 * stays focusable, so keyboard focus is not lost.
 */
export function ErrorState({
  title = 'This page could not be loaded',
  error,
  onRetry,
  retrying = false,
  children,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** Further actions, after Retry. */
  children?: ReactNode;
}) {
  const headingId = useId();
  const detail = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <section className="state state--error" role="alert" aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      <p>{detail}</p>
      {onRetry && (
        <button type="button" className="button" aria-disabled={retrying || undefined} onClick={retrying ? undefined : onRetry}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      )}
      {children}
    </section>
  );
}
