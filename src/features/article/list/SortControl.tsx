import { useId } from 'react';
import type { SortKey } from './listFilters';
import { SortWithoutScript } from './SortWithoutScript';

const LABELS: Record<SortKey, string> = {
  relevance: 'Best match',
  date: 'Newest first (undated last)',
  section: 'Section, A–Z',
};

/**
 * The list's order, as a labelled native select: keyboard and screen readers get the platform's own
 * control. The choice goes into the URL (`?sort=`), so a shared or reloaded list keeps it. Relevance is
 * offered only when the reader asked for something it can be relevant to (words, a topic, a person).
 */
export function SortControl({
  value,
  withRelevance,
  onChange,
  withoutScript = false,
}: {
  value: SortKey;
  withRelevance: boolean;
  onChange: (sort: SortKey) => void;
  /** Offer the no-JavaScript choice (SortWithoutScript): on the unfiltered first page, the one a static host serves. */
  withoutScript?: boolean;
}) {
  const id = useId();
  const keys: SortKey[] = withRelevance ? ['relevance', 'date', 'section'] : ['date', 'section'];
  return (
    <div className="sort-control">
      <label htmlFor={id}>Sort</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SortKey)}>
        {keys.map((key) => (
          <option key={key} value={key}>
            {LABELS[key]}
          </option>
        ))}
      </select>
      {withoutScript && (
        <noscript>
          {/* Only the pre-render draws this: a browser running the app never renders a noscript's content
              (React leaves it unhydrated), so the browser build drops the component's code. */}
          {import.meta.env.SSR && <SortWithoutScript />}
        </noscript>
      )}
    </div>
  );
}
