/**
 * Faces no first screen needs (scripts/fonts/slices.ts, `Face.late`: the pull quotes' italic) have a CSS
 * family of their own, which only rules under `:root[data-late-fonts]` ask for. A face the first layout
 * finds text for is fetched at once, wherever that text is: a pull quote two screens down put a fifth font
 * on a slow connection beside the HTML and the four faces of the first screen. Until the attribute is set
 * that text is set in a metric-matched real italic (fonts.css), so the swap moves nothing.
 *
 * The attribute is set when a pull quote comes within a screen of the viewport (`watchLateFonts`), not as
 * soon as the page has painted: a reader who never scrolls to the quote never downloads its face, and the
 * two relayouts it costs (the family change, then the face's arrival, which makes Chromium lay out the
 * whole document again) no longer land in the page's start-up, between the first paint and the app's
 * hydration, where a reader's first tap waits for them.
 * An attribute rather than the FontFace API: changing the document's font set restyles every element,
 * while this selector restyles only the elements it matches.
 */
export const LATE_FONTS_ATTRIBUTE = 'data-late-fonts';

/** The elements whose text is set in a late face (article.css: `.pullquote blockquote`). */
export const LATE_FONT_TEXT = '.pullquote';

export function enableLateFonts(root: Element = document.documentElement): void {
  root.setAttribute(LATE_FONTS_ATTRIBUTE, '');
}

/**
 * Sets the attribute once `scope` or an element in it set in a late face comes within a screen of the
 * viewport (at once where IntersectionObserver is missing). Does nothing when the attribute is already set
 * or there is no such element. Returns a function that stops watching.
 */
export function watchLateFonts(scope: Element | Document, root: Element = document.documentElement): () => void {
  if (root.hasAttribute(LATE_FONTS_ATTRIBUTE)) return () => {};
  const targets = [...(scope instanceof Element && scope.matches(LATE_FONT_TEXT) ? [scope] : []), ...scope.querySelectorAll(LATE_FONT_TEXT)];
  if (targets.length === 0) return () => {};
  if (typeof IntersectionObserver === 'undefined') {
    enableLateFonts(root);
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      enableLateFonts(root);
    },
    // One screen ahead, above and below: the face has the time the reader takes to scroll a screen to
    // arrive (12 KB), so a reader at a normal pace finds it already there.
    { rootMargin: '100% 0px' },
  );
  for (const target of targets) observer.observe(target);
  return () => observer.disconnect();
}
