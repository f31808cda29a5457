/**
 * Faces no first screen needs (scripts/fonts/slices.ts, `Face.late`: the pull quotes' italic) are not in
 * the stylesheet; the entry adds them once the page has painted (main.tsx). A face in the stylesheet is
 * fetched as soon as the first layout finds text in it, anywhere on the page: a pull quote two screens down
 * put a fifth font on the slow connection beside the HTML and the four faces of the first screen. Added
 * later, its download starts after the first paint, and only if the page shows text in it (the FontFace API
 * loads a face when text needs it, per unicode-range, as @font-face does). Until then that text is set in
 * the next family of its stack, a metric-matched real italic (fonts.css), so the swap moves nothing.
 */

export interface LateFontFace {
  /** A CSS family name no stylesheet declares, so text asking for it falls back until it is added. */
  family: string;
  /** The file's address (Vite's hashed asset URL). */
  url: string;
  descriptors: FontFaceDescriptors;
}

/** Adds each face to the document's font set (once: a second call adds nothing). Without the FontFace API the fallback stays. */
export function addLateFontFaces(faces: readonly LateFontFace[], fonts: FontFaceSet | undefined = globalThis.document?.fonts): void {
  if (!fonts || typeof FontFace === 'undefined') return;
  const present = new Set<string>();
  fonts.forEach((face) => present.add(`${face.family}|${face.unicodeRange}|${face.style}|${face.weight}`));
  for (const { family, url, descriptors } of faces) {
    const face = new FontFace(family, `url(${JSON.stringify(url)}) format('woff2')`, descriptors);
    const key = `${face.family}|${face.unicodeRange}|${face.style}|${face.weight}`;
    if (present.has(key)) continue;
    present.add(key);
    fonts.add(face);
  }
}
