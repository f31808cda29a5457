import { createContext, useContext } from 'react';

/**
 * How quotes are drawn right now, shared by every paragraph of one article: which speaker is singled out
 * (`?speaker=`) and which quote the URL hash points at (`#q3`).
 */
export interface QuoteDisplay {
  /** Person id whose quotes are highlighted; others are dimmed. Null: all quotes highlighted alike. */
  activeSpeaker: string | null;
  /** Quote id from the URL hash, drawn as marked and made focusable. */
  markedQuote: string | null;
  /** The article the quotes belong to, for their permalinks; null where no permalink applies. */
  articleId: string | null;
}

export const QuoteDisplayContext = createContext<QuoteDisplay>({ activeSpeaker: null, markedQuote: null, articleId: null });

export const useQuoteDisplay = () => useContext(QuoteDisplayContext);
