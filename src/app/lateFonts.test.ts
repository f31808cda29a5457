import { afterEach, describe, expect, it, vi } from 'vitest';
import { LATE_FONT_FACES } from './lateFontFaces';
import { addLateFontFaces, type LateFontFace } from './lateFonts';

/** A stand-in for the browser's FontFace: records what it was given (jsdom has no font loading). */
class FakeFontFace {
  readonly style: string;
  readonly weight: string;
  readonly unicodeRange: string;
  constructor(readonly family: string, readonly source: string, descriptors: FontFaceDescriptors) {
    this.style = descriptors.style ?? 'normal';
    this.weight = String(descriptors.weight ?? 'normal');
    this.unicodeRange = descriptors.unicodeRange ?? 'U+0-10FFFF';
  }
}

const fakeSet = () => {
  const faces: FakeFontFace[] = [];
  const set = { add: (f: FakeFontFace) => void faces.push(f), forEach: (fn: (f: FakeFontFace) => void) => faces.forEach(fn) };
  return { faces, set: set as unknown as FontFaceSet };
};

const face = (range: string): LateFontFace => ({
  family: 'Invented Serif Italic',
  url: '/assets/invented-italic-abc123.woff2',
  descriptors: { style: 'italic', weight: '300 500', display: 'swap', unicodeRange: range },
});

describe('addLateFontFaces', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('adds each face with its file and descriptors, once however often it is called', () => {
    vi.stubGlobal('FontFace', FakeFontFace);
    const { faces, set } = fakeSet();
    const wanted = [face('U+0020-007E'), face('U+00A1-00FF')];
    addLateFontFaces(wanted, set);
    addLateFontFaces(wanted, set);
    expect(faces.map((f) => [f.family, f.source, f.style, f.unicodeRange])).toEqual([
      ['Invented Serif Italic', `url("/assets/invented-italic-abc123.woff2") format('woff2')`, 'italic', 'U+0020-007E'],
      ['Invented Serif Italic', `url("/assets/invented-italic-abc123.woff2") format('woff2')`, 'italic', 'U+00A1-00FF'],
    ]);
  });

  it('does nothing where the FontFace API is missing (the metric-matched fallback stays)', () => {
    vi.stubGlobal('FontFace', undefined);
    const { faces, set } = fakeSet();
    addLateFontFaces([face('U+0020-007E')], set);
    expect(faces).toEqual([]);
  });

  it('is given the generated pull-quote italic: three slices, all of one family the stylesheets do not declare', () => {
    expect(LATE_FONT_FACES).toHaveLength(3);
    expect(new Set(LATE_FONT_FACES.map((f) => f.family))).toEqual(new Set(['Source Serif 4 Italic']));
    expect(LATE_FONT_FACES.every((f) => f.descriptors.style === 'italic' && f.descriptors.display === 'swap')).toBe(true);
  });
});
