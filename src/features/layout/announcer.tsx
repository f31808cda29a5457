import { useSyncExternalStore } from 'react';

/**
 * One polite live region for the whole app. Controls that repeat many times on a page (a "copy link"
 * beside every quote) announce through it instead of each carrying a live region of their own.
 */
let message = '';
const listeners = new Set<() => void>();

export function announce(next: string): void {
  // The same words twice in a row must still be heard: clear, then set on the next frame.
  message = '';
  listeners.forEach((l) => l());
  setTimeout(() => {
    message = next;
    listeners.forEach((l) => l());
  }, 30);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function LiveAnnouncer() {
  const text = useSyncExternalStore(subscribe, () => message, () => '');
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
