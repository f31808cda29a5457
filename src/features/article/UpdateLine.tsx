import { formatUpdateLine } from './formatDates';

/** `Page last updated at 21:44 GMT, Friday, 18 September 2009 22:44 UK`, machine-readable in `<time>`. */
export function UpdateLine({ updated }: { updated: string | null }) {
  const text = updated ? formatUpdateLine(updated) : null;
  if (!updated || !text) return null;
  return (
    <p className="update-line">
      Page last updated at <time dateTime={updated}>{text}</time>
    </p>
  );
}
