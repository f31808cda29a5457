/**
 * Where the pre-rendered page and the browser's first render disagreed: React reports it as a recoverable
 * error (and redraws that part). Each is logged, as React does by default, and kept in
 * `window.__verbatimHydrationErrors` so the end-to-end tests can fail on any (e2e/sample/hydration.spec.ts).
 */
declare global {
  interface Window {
    __verbatimHydrationErrors?: string[];
  }
}

/** Marks the page as hydrated (an empty list), as opposed to drawn afresh (no list at all). */
export function startRecordingHydrationErrors(): void {
  window.__verbatimHydrationErrors = [];
}

export function recordHydrationError(error: unknown, info: { componentStack?: string }): void {
  const message = error instanceof Error ? error.message : String(error);
  (window.__verbatimHydrationErrors ??= []).push(info.componentStack ? `${message}\n${info.componentStack}` : message);
  console.error(error);
}
