import { useId } from 'react';

/** A failed load, with a way to try again (react-query's refetch). */
export function ErrorState({
  title = 'This page could not be loaded',
  error,
  onRetry,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const headingId = useId();
  const detail = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <section className="state state--error" role="alert" aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      <p>{detail}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </section>
  );
}
