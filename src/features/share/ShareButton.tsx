import { useId } from 'react';
import { absoluteUrl, shareLink } from './shareLink';
import { useShareFeedback } from './useShareFeedback';

/**
 * "Share" for the current page or any path: the system share sheet where there is one, else copies
 * the link and says so. When copying fails, the link is shown to copy by hand.
 */
export function ShareButton({ path, title, label = 'Share' }: { path: string; title: string; label?: string }) {
  const { outcome, message, report } = useShareFeedback();
  const statusId = useId();
  const url = absoluteUrl(path);
  return (
    <div className="share">
      <button type="button" className="button button--quiet" aria-describedby={statusId} onClick={() => void shareLink({ url, title }).then(report)}>
        {label}
      </button>
      <span id={statusId} className="share__status" role="status" aria-live="polite">
        {message}
      </span>
      {outcome === 'failed' && (
        <input className="text-input share__fallback" readOnly value={url} aria-label="Link to share" onFocus={(e) => e.currentTarget.select()} />
      )}
    </div>
  );
}
