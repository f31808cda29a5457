import { useEffect } from 'react';
import { announce } from '../layout/announcer';
import { absoluteUrl, shareLink } from './shareLink';
import { useShareFeedback } from './useShareFeedback';

/**
 * "Share" for the current page or any path: the system share sheet where there is one, else copies
 * the link and says so (beside the button, and through the app's live region). When copying fails,
 * the link is shown to copy by hand.
 */
export function ShareButton({ path, title, label = 'Share' }: { path: string; title: string; label?: string }) {
  const { outcome, message, report } = useShareFeedback();
  // Read when used (a click, or after one): the page is also rendered at build time, where there is no window.
  const url = () => absoluteUrl(path);
  useEffect(() => {
    if (message) announce(message);
  }, [message]);
  return (
    <div className="share">
      <button type="button" className="button button--quiet" onClick={() => void shareLink({ url: url(), title }).then(report)}>
        {label}
      </button>
      <span className="share__status" aria-hidden="true">
        {message}
      </span>
      {outcome === 'failed' && (
        <input className="text-input share__fallback" readOnly value={url()} aria-label="Link to share" onFocus={(e) => e.currentTarget.select()} />
      )}
    </div>
  );
}
