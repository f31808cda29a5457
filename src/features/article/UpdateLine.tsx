import { formatUpdateLine } from './formatDates';

/** `Page last updated at 09:15 GMT, Tuesday, 15 July 2025 10:15 UK`, machine-readable in `<time>`. */
export function UpdateLine({ updated }: { updated: string | null }) {
  const text = updated ? formatUpdateLine(updated) : null;
  if (!updated || !text) return null;
  return (
    <p className="update-line">
      Page last updated at <time dateTime={updated}>{text}</time>
    </p>
  );
}
