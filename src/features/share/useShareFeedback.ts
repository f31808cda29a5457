import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShareOutcome } from './shareLink';

const MESSAGES: Record<ShareOutcome, string> = {
  shared: 'Shared.',
  copied: 'Link copied to the clipboard.',
  cancelled: '',
  failed: 'Could not copy. Select the link below and copy it.',
};

/** A short-lived confirmation for a share or copy, for a polite live region. */
export function useShareFeedback(visibleMs = 4000) {
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const report = useCallback(
    (next: ShareOutcome) => {
      clearTimeout(timer.current);
      setOutcome(next);
      // A failure stays until the reader acts: they need the fallback link.
      if (next !== 'failed') timer.current = setTimeout(() => setOutcome(null), visibleMs);
    },
    [visibleMs],
  );
  return { outcome, message: outcome ? MESSAGES[outcome] : '', report };
}
