/**
 * `npm run fonts`: cuts each face's @fontsource Latin file into the slices of `slices.ts` with harfbuzz's
 * subsetter (`subset-font`, a devDependency: only this script needs it; the build uses the committed files),
 * and writes the slices, `src/styles/fontFaces.css` and `src/styles/fonts/manifest.json` (the SHA-256 of each
 * source and output file, which the unit test checks). Deterministic: the same sources give the same bytes.
 *
 * Licence: both families are SIL OFL 1.1, which allows modified versions; the slices keep every glyph of the
 * source file between them, its outlines, hinting, kerning and ligatures, and its copyright and licence names
 * (see docs/design.md, "Type").
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BASIC_RANGE, CSS_FILE, FACES, FEATURES, LATIN_REST_RANGE, NAME_IDS, OUT_DIR, codePoints, renderFontFaces, sliceFile, sourceFile,
} from './slices.ts';

type SubsetFont = (
  font: Buffer,
  text: string,
  options: { targetFormat: 'woff2'; keepFeatures: string[]; preserveNameIds: number[] },
) => Promise<Buffer>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function loadSubsetFont(): SubsetFont {
  try {
    // A CommonJS package without types, needed only here: required at run time so that type checks and the
    // build do not depend on it.
    return createRequire(import.meta.url)('subset-font') as SubsetFont;
  } catch {
    throw new Error('subset-font is not installed: run `npm install` (it is a devDependency).');
  }
}

async function main() {
  const subsetFont = loadSubsetFont();
  await mkdir(path.join(repoRoot, OUT_DIR), { recursive: true });
  const manifest: { sources: Record<string, string>; slices: Record<string, { sha256: string; bytes: number }> } = { sources: {}, slices: {} };
  const text = (range: string) => String.fromCodePoint(...codePoints(range));
  for (const face of FACES) {
    const source = sourceFile(face, 'latin');
    const bytes = await readFile(path.join(repoRoot, source));
    manifest.sources[source] = sha256(bytes);
    for (const [slice, range] of [['basic', BASIC_RANGE], ['latin', LATIN_REST_RANGE]] as const) {
      const out = await subsetFont(bytes, text(range), { targetFormat: 'woff2', keepFeatures: FEATURES, preserveNameIds: NAME_IDS });
      const file = sliceFile(face, slice);
      await writeFile(path.join(repoRoot, file), out);
      manifest.slices[file] = { sha256: sha256(out), bytes: out.length };
      console.log(`${file}: ${out.length} bytes (from ${bytes.length})`);
    }
  }
  await writeFile(path.join(repoRoot, OUT_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await writeFile(path.join(repoRoot, CSS_FILE), renderFontFaces());
  console.log(`wrote ${CSS_FILE} and ${OUT_DIR}/manifest.json`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
