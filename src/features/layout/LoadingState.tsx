/**
 * A grey outline of the page while data loads. It reserves roughly the space the content will take so
 * nothing jumps when it arrives; `aria-busy` and a hidden label tell assistive tech what is happening.
 */
export type SkeletonShape = 'article' | 'list' | 'people' | 'person';

const LINES: Record<SkeletonShape, number> = { article: 9, list: 6, people: 12, person: 8 };

export function LoadingState({ shape, label = 'Loading…' }: { shape: SkeletonShape; label?: string }) {
  const lines = LINES[shape];
  return (
    <div className={`skeleton skeleton--${shape}`} aria-busy="true" role="status">
      <span className="visually-hidden">{label}</span>
      <div className="skeleton__title" aria-hidden="true" />
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className={shape === 'list' ? 'skeleton__card' : 'skeleton__line'} aria-hidden="true" />
      ))}
    </div>
  );
}
