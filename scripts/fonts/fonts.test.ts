import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRELOADED_FONTS } from '../../src/pipeline/vitePlugin.ts';
import {
  BASIC_RANGE, CSS_FILE, FACES, FEATURES, LATIN_RANGE, LATIN_REST_RANGE, OUT_DIR, codePoints, preloadPrefix, renderFontFaces, sliceFile,
  sourceFile, toRange,
} from './slices.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFile(path.join(repoRoot, file));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Manifest {
  sources: Record<string, string>;
  slices: Record<string, { sha256: string; bytes: number }>;
}

describe('web font slices', () => {
  it('cut the Latin range in two with nothing lost and nothing twice', () => {
    const basic = codePoints(BASIC_RANGE);
    const rest = codePoints(LATIN_REST_RANGE);
    expect(basic.filter((c) => rest.includes(c))).toEqual([]);
    expect([...basic, ...rest].sort((a, b) => a - b)).toEqual(codePoints(LATIN_RANGE));
    // The basic slice is ASCII plus the punctuation news pages use, not a copy of the whole range.
    expect(basic).toContain('’'.codePointAt(0));
    expect(basic).toContain('£'.codePointAt(0));
    expect(basic).not.toContain('é'.codePointAt(0));
  });

  it('writes unicode ranges back as the runs they were read from', () => {
    expect(toRange(codePoints('U+0041-0043,U+0045,U+0044'))).toBe('U+0041-0045');
    expect(toRange([0x2019, 0x2018, 0x201c])).toBe('U+2018-2019,U+201C');
  });

  it('has the committed CSS that the slice definitions give (run `npm run fonts` after changing them)', async () => {
    expect((await read(CSS_FILE)).toString('utf8')).toBe(renderFontFaces());
  });

  it('declares the late faces under a family of their own and preloads none of them', () => {
    const late = FACES.filter((f) => f.late);
    expect(late.map((f) => `${f.family} ${f.weight} ${f.style}`)).toEqual(['Source Serif 4 400 italic']);
    const css = renderFontFaces();
    for (const face of late) {
      expect(face.preload).toBe(false);
      expect(face.late).not.toBe(face.family);
      // Its three files under its own name, none under the family's (else the first layout would fetch it).
      expect(css.split(`font-family: '${face.late}';`).length - 1).toBe(3);
      expect(css).not.toMatch(new RegExp(`font-family: '${face.family}';\\s*font-style: ${face.style};\\s*font-weight: ${face.cssWeight};`));
    }
  });

  it('was generated from the @fontsource files installed now, and the committed slices are the ones generated', async () => {
    const manifest = JSON.parse((await read(`${OUT_DIR}/manifest.json`)).toString('utf8')) as Manifest;
    for (const face of FACES) {
      const source = sourceFile(face, 'latin');
      expect(manifest.sources[source], `${source}: a new @fontsource version needs \`npm run fonts\``).toBe(sha256(await read(source)));
      for (const slice of ['basic', 'latin'] as const) {
        const file = sliceFile(face, slice);
        expect(manifest.slices[file]?.sha256, file).toBe(sha256(await read(file)));
      }
    }
    const onDisk = (await readdir(path.join(repoRoot, OUT_DIR))).filter((f) => f.endsWith('.woff2')).map((f) => `${OUT_DIR}/${f}`);
    expect(onDisk.sort()).toEqual(Object.keys(manifest.slices).sort());
  });

  it('are much smaller than the files they come from (the basic slice is what every page downloads)', async () => {
    for (const face of FACES) {
      const whole = (await read(sourceFile(face, 'latin'))).length;
      expect((await read(sliceFile(face, 'basic'))).length).toBeLessThan(whole * 0.65);
    }
  });

  it('preloads the basic slice of each face marked for preloading, and nothing else', () => {
    expect([...PRELOADED_FONTS].sort()).toEqual(FACES.filter((f) => f.preload).map(preloadPrefix).sort());
  });

  it('keep every OpenType feature the CSS asks for', async () => {
    const files = (await readdir(path.join(repoRoot, 'src'), { recursive: true })).filter((f) => f.endsWith('.css'));
    const asked = new Set<string>();
    const variants: Record<string, string[]> = {
      'tabular-nums': ['tnum'], 'proportional-nums': ['pnum'], 'oldstyle-nums': ['onum'], 'lining-nums': ['lnum'],
      'diagonal-fractions': ['frac'], 'stacked-fractions': ['afrc'], 'slashed-zero': ['zero'], ordinal: ['ordn'],
      'small-caps': ['smcp'], 'all-small-caps': ['smcp', 'c2sc'], 'discretionary-ligatures': ['dlig'],
    };
    for (const file of files) {
      const css = await readFile(path.join(repoRoot, 'src', file), 'utf8');
      for (const m of css.matchAll(/font-variant(?:-[a-z]+)?\s*:\s*([^;}]+)/g)) {
        for (const word of m[1]!.trim().split(/\s+/)) for (const tag of variants[word] ?? []) asked.add(tag);
      }
      for (const m of css.matchAll(/font-feature-settings\s*:\s*([^;}]+)/g)) {
        for (const tag of m[1]!.matchAll(/["']([a-z0-9]{4})["']/g)) asked.add(tag[1]!);
      }
    }
    expect(asked.has('tnum')).toBe(true); // the filter panel's counts: proves the scan finds what the CSS uses
    expect([...asked].filter((tag) => !FEATURES.includes(tag))).toEqual([]);
  });
});
