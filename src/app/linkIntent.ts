/**
 * A link's address as soon as the reader shows they will follow it: when it is pressed (`pointerdown`
 * comes 50–150 ms before the `click` that navigates) or when the mouse rests on it for `HOVER_MS`. The app
 * starts that page's data and module then (`prefetchAddress` in router.tsx), so a filter, a person or a
 * story is often in hand by the time the router renders it. Only links to this site, opened in this tab;
 * hovering does nothing when the reader asked to save data.
 */
export const HOVER_MS = 60;

export function watchLinkIntent(doc: Document, onIntent: (url: URL) => void): () => void {
  const view = doc.defaultView;
  if (!view) return () => undefined;
  let hovered: HTMLAnchorElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveData = () => (view.navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

  const addressOf = (anchor: HTMLAnchorElement | null): URL | null => {
    if (!anchor || anchor.hasAttribute('download')) return null;
    const target = anchor.getAttribute('target');
    if (target && target !== '_self') return null;
    let url: URL;
    try {
      url = new URL(anchor.href, view.location.href);
    } catch {
      return null;
    }
    if (url.origin !== view.location.origin) return null;
    // The same page (a `#q3` on it, say): nothing to load.
    if (url.pathname === view.location.pathname && url.search === view.location.search) return null;
    return url;
  };
  const anchorOf = (target: EventTarget | null) =>
    target instanceof view.Element ? target.closest<HTMLAnchorElement>('a[href]') : null;

  const onPointerDown = (event: PointerEvent) => {
    const url = addressOf(anchorOf(event.target));
    if (url) onIntent(url);
  };
  const onMouseOver = (event: MouseEvent) => {
    const anchor = anchorOf(event.target);
    if (anchor === hovered) return;
    clearTimeout(timer);
    hovered = anchor;
    if (!anchor || saveData()) return;
    timer = setTimeout(() => {
      const url = hovered === anchor ? addressOf(anchor) : null;
      if (url) onIntent(url);
    }, HOVER_MS);
  };

  doc.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
  doc.addEventListener('mouseover', onMouseOver, { passive: true });
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('pointerdown', onPointerDown, { capture: true });
    doc.removeEventListener('mouseover', onMouseOver);
  };
}
