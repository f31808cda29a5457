/**
 * How the web fonts are cut into slices, and the @font-face rules that serve them. Pure: no font tools here,
 * so the unit test can check the committed CSS and files against it without `subset-font` installed.
 *
 * Each face's Latin file from @fontsource (U+0000-00FF and some punctuation, 15–22 KB) is cut in two:
 * - `basic`: printable ASCII plus the non-ASCII characters that English news pages use most — curly quotes,
 *   dashes, ellipsis, middle dot, pound and euro signs, no-break space. Measured on the built pages of the BBC
 *   collection and the sample (`docs/performance.md`, 6 December): every other character outside ASCII was on
 *   fewer than 0.5 % of pages. This slice is what every page downloads, and what the build preloads.
 * - `latin`: the rest of the same file's characters (accented letters, ©, °, ½ …), downloaded by the browser
 *   only when a page shows one of them in that face (`unicode-range`).
 * Latin Extended stays @fontsource's own file. Glyphs, outlines, hinting, kerning, ligatures and the
 * copyright and licence names are kept; layout features are the ones browsers apply by default plus those the
 * CSS asks for (FEATURES), so nothing renders differently (the test checks the CSS asks for no other).
 */

import path from 'node:path';

export interface Face {
  /** CSS family name. */
  family: 'Source Serif 4' | 'Source Sans 3';
  /** @fontsource package folder and file stem, e.g. `source-serif-4` and `source-serif-4-latin-400-normal`. */
  pkg: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  /** The CSS weight range this face answers (300–500 → regular, 600–900 → bold), as before. */
  cssWeight: '300 500' | '600 900';
  /** Preloaded from every page's head: the faces every first screen uses. */
  preload: boolean;
  /**
   * A face no first screen needs (the pull quotes' italic): declared under this CSS family name of its own,
   * which only rules under `:root[data-late-fonts]` ask for; the entry sets that attribute once the page has
   * painted (`src/app/lateFonts.ts`). A face the first layout finds text for is fetched at once, wherever the
   * text is on the page; this one is fetched after the first paint, so it does not share a slow connection
   * with the HTML and the first screen's faces. Until then the text is set in a metric-matched real italic
   * (`fonts.css`), so nothing moves when it arrives. Null: the family's own name.
   */
  late: string | null;
}

export const FACES: Face[] = [
  { family: 'Source Serif 4', pkg: 'source-serif-4', weight: 400, style: 'normal', cssWeight: '300 500', preload: true, late: null },
  {
    family: 'Source Serif 4', pkg: 'source-serif-4', weight: 400, style: 'italic', cssWeight: '300 500', preload: false,
    late: 'Source Serif 4 Italic',
  },
  { family: 'Source Serif 4', pkg: 'source-serif-4', weight: 700, style: 'normal', cssWeight: '600 900', preload: true, late: null },
  { family: 'Source Sans 3', pkg: 'source-sans-3', weight: 400, style: 'normal', cssWeight: '300 500', preload: true, late: null },
  { family: 'Source Sans 3', pkg: 'source-sans-3', weight: 700, style: 'normal', cssWeight: '600 900', preload: true, late: null },
];

/** @fontsource's `unicode-range` of its `latin` files (the same for both families). */
export const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
/** @fontsource's `unicode-range` of its `latin-ext` files. */
export const LATIN_EXT_RANGE =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF';

/** Printable ASCII, no-break space, £, ·, – —, ‘ ’, “ ”, …, €. */
export const BASIC_RANGE = 'U+0020-007E,U+00A0,U+00A3,U+00B7,U+2013-2014,U+2018-2019,U+201C-201D,U+2026,U+20AC';

/**
 * OpenType features kept in the slices: those browsers apply by default (kerning, standard and contextual
 * ligatures, mark positioning, glyph composition, localised forms) and `tnum`, which the filter panel asks for
 * with `font-variant-numeric: tabular-nums`. The fonts' fractions and proportional figures are dropped: no
 * CSS asks for them (the test fails if some CSS starts to).
 */
export const FEATURES = ['ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'rclt', 'kern', 'mark', 'mkmk', 'tnum'];

/** Name records kept: copyright, family, style, unique id, full name, version, PostScript name … licence URL. */
export const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];

/** Where the generated files live, relative to the repository. */
export const OUT_DIR = 'src/styles/fonts';
export const CSS_FILE = 'src/styles/fontFaces.css';

export type SliceName = 'basic' | 'latin';

export const sourceFile = (face: Face, subset: 'latin' | 'latin-ext') =>
  `node_modules/@fontsource/${face.pkg}/files/${face.pkg}-${subset}-${face.weight}-${face.style}.woff2`;
export const sliceFile = (face: Face, slice: SliceName) => `${OUT_DIR}/${face.pkg}-${slice}-${face.weight}-${face.style}.woff2`;
/** The file name prefix the build looks for to preload a face's basic slice (Vite adds `-<hash>`). */
export const preloadPrefix = (face: Face) => `${face.pkg}-basic-${face.weight}-${face.style}-`;

/** Parses a `unicode-range` list into a sorted list of code points. */
export function codePoints(range: string): number[] {
  const out = new Set<number>();
  for (const part of range.split(',')) {
    const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part.trim());
    if (!m) throw new Error(`bad unicode-range part "${part}"`);
    const from = parseInt(m[1]!, 16);
    const to = m[2] ? parseInt(m[2], 16) : from;
    for (let c = from; c <= to; c++) out.add(c);
  }
  return [...out].sort((a, b) => a - b);
}

/** Writes sorted code points as a `unicode-range` list, runs joined. */
export function toRange(points: number[]): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** The Latin file's characters that are not in the basic slice. */
export const LATIN_REST_RANGE = toRange(codePoints(LATIN_RANGE).filter((c) => !codePoints(BASIC_RANGE).includes(c)));

/** Each face's three files and the characters each serves. */
const slicesOf = (face: Face): Array<[file: string, range: string]> => [
  [sliceFile(face, 'basic'), BASIC_RANGE],
  [sliceFile(face, 'latin'), LATIN_REST_RANGE],
  [sourceFile(face, 'latin-ext'), LATIN_EXT_RANGE],
];

/** Every @font-face rule of the web fonts, as written to CSS_FILE (paths relative to it). */
export function renderFontFaces(faces: Face[] = FACES): string {
  const rel = (file: string) => `./${path.posix.relative(path.posix.dirname(CSS_FILE), file)}`.replace(/^\.\/\.\.\//, '../');
  const rule = (face: Face, file: string, range: string) =>
    [
      '@font-face {',
      `  font-family: '${face.late ?? face.family}';`,
      `  font-style: ${face.style};`,
      `  font-weight: ${face.cssWeight};`,
      '  font-display: swap;',
      `  src: url('${rel(file)}') format('woff2');`,
      `  unicode-range: ${range};`,
      '}',
    ].join('\n');
  const header = [
    '/*',
    ' * Generated by `npm run fonts` (scripts/fonts/): do not edit. The web fonts, each face cut into a basic',
    ' * slice (what every page needs), the rest of Latin, and @fontsource’s Latin Extended file; the browser',
    ' * downloads a file only when the page shows a character in its unicode-range. Fallbacks: fonts.css.',
    ' */',
  ].join('\n');
  const rules = faces.flatMap((face) => slicesOf(face).map(([file, range]) => rule(face, file, range)));
  return `${header}\n\n${rules.join('\n\n')}\n`;
}
