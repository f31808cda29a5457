import { useEffect, useRef, useState } from 'react';
import { announce } from '../layout/announcer';
import { absoluteUrl, copyText } from './shareLink';

/**
 * "Copy link to this quote": the article's URL with the quote's fragment (`#q3`), which scrolls to the
 * quote and marks it when opened. The confirmation shows beside the button and is announced through
 * the app's single live region (a page can hold dozens of these buttons).
 */
export function CopyQuoteLink({ articleId, quoteId, speaker }: { articleId: string; quoteId: string; speaker: string | null }) {
  const [shown, setShown] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    // Read at click time: the page is also rendered at build time, where there is no window.
    const outcome = await copyText(absoluteUrl(`/articles/${articleId}#${quoteId}`));
    const text = outcome === 'copied' ? 'Link to quote copied.' : 'Could not copy the link.';
    setShown(text);
    announce(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setShown(''), 2500);
  };
  return (
    <span className="copy-quote-link">
      <button
        type="button"
        className="copy-quote-link__button"
        aria-label={`Copy link to this quote${speaker ? ` by ${speaker}` : ''}`}
        title="Copy link to this quote"
        onClick={() => void copy()}
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
          <path
            fill="currentColor"
            d="M6.9 9.1a.75.75 0 0 1 0-1.06l3-3a2.25 2.25 0 1 1 3.18 3.18l-1.5 1.5a.75.75 0 1 1-1.06-1.06l1.5-1.5a.75.75 0 1 0-1.06-1.06l-3 3a.75.75 0 0 1-1.06 0Zm2.2-2.2a.75.75 0 0 1 0 1.06l-3 3a2.25 2.25 0 1 1-3.18-3.18l1.5-1.5a.75.75 0 1 1 1.06 1.06l-1.5 1.5a.75.75 0 1 0 1.06 1.06l3-3a.75.75 0 0 1 1.06 0Z"
          />
        </svg>
      </button>
      {shown && (
        <span className="copy-quote-link__status" aria-hidden="true">
          {shown}
        </span>
      )}
    </span>
  );
}
