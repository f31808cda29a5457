import { formatUpdateTimes } from './formatDates';

/**
 * `Updated 17:05 BST, Friday 8 July 2011`: one clear UK time with its zone, machine-readable in `<time>`.
 * In summer the GMT time (as the archived page printed it) is one tap or keypress away, and in the title.
 */
export function UpdateLine({ updated }: { updated: string | null }) {
  const times = updated ? formatUpdateTimes(updated) : null;
  if (!updated || !times) return null;
  const sameZone = times.uk === times.gmt;
  return (
    <div className="update-line">
      <span>
        Updated{' '}
        <time dateTime={updated} title={sameZone ? undefined : times.gmt}>
          {times.uk}
        </time>
      </span>
      {!sameZone && (
        <details className="update-line__zones">
          <summary>In GMT</summary>
          <span>{times.gmt}</span>
        </details>
      )}
    </div>
  );
}
