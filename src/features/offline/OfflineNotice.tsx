import { useOnlineStatus } from './useOnlineStatus';

/**
 * Says so when the reader is offline: stories already read still open, others cannot load.
 * A polite live region, so screen-reader users hear the change without losing their place.
 */
export function OfflineNotice() {
  const online = useOnlineStatus();
  return (
    <div className="offline-notice" role="status" aria-live="polite">
      {online ? null : <p>You are offline. Stories you have already read are still available.</p>}
    </div>
  );
}
