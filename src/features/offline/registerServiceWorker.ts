/**
 * Registers the service worker (public/sw.js) in the built site, so stories already read open
 * offline. Not in development, where it would serve stale modules.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // Offline reading is an extra: the app works the same without it.
    });
  });
}
