/**
 * Faces no first screen needs (scripts/fonts/slices.ts, `Face.late`: the pull quotes' italic) have a CSS
 * family of their own, which only rules under `:root[data-late-fonts]` ask for. A face the first layout
 * finds text for is fetched at once, wherever that text is: a pull quote two screens down put a fifth font
 * on a slow connection beside the HTML and the four faces of the first screen. The entry sets the attribute
 * once the page has painted (main.tsx); the browser then fetches the face if the page shows text in it.
 * Until then that text is set in a metric-matched real italic (fonts.css), so the swap moves nothing.
 * An attribute rather than the FontFace API: changing the document's font set restyles every element,
 * while this selector restyles only the elements it matches.
 */
export const LATE_FONTS_ATTRIBUTE = 'data-late-fonts';

export function enableLateFonts(root: Element = document.documentElement): void {
  root.setAttribute(LATE_FONTS_ATTRIBUTE, '');
}
