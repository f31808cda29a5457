// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACES } from '../../scripts/fonts/slices';
import { LATE_FONTS_ATTRIBUTE, enableLateFonts } from './lateFonts';

const stylesDir = path.resolve(import.meta.dirname, '../styles');
const sheets = readdirSync(stylesDir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(path.join(stylesDir, f), 'utf8'));

describe('late fonts', () => {
  it('marks the document so that the rules asking for the late faces apply', () => {
    const root = document.createElement('html');
    expect(root.hasAttribute(LATE_FONTS_ATTRIBUTE)).toBe(false);
    enableLateFonts(root);
    expect(root.hasAttribute(LATE_FONTS_ATTRIBUTE)).toBe(true);
  });

  it('every late family is asked for only by rules under the attribute, and is asked for somewhere', () => {
    const late = FACES.flatMap((f) => (f.late ? [f.late] : []));
    expect(late.length).toBeGreaterThan(0);
    // The variable that names a late family: a rule that uses it must sit under the attribute too.
    const carriers = new Set<string>();
    for (const css of sheets) {
      for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) if (late.some((family) => m[2]!.includes(`'${family}'`))) carriers.add(m[1]!);
    }
    let asked = 0;
    for (const css of sheets) {
      for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        const [selector, body] = [m[1]!.trim(), m[2]!];
        if (selector.startsWith('@font-face') || selector === ':root') continue;
        const names = late.some((family) => body.includes(`'${family}'`)) || [...carriers].some((v) => body.includes(`var(${v}`));
        if (!names) continue;
        asked++;
        for (const part of selector.split(',')) expect(part.trim(), 'a rule naming a late face outside the attribute').toMatch(new RegExp(`^:root\\[${LATE_FONTS_ATTRIBUTE}\\] `));
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});
