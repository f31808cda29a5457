// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FACES } from '../../scripts/fonts/slices';
import { LATE_FONTS_ATTRIBUTE, enableLateFonts, watchLateFonts } from './lateFonts';

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

  describe('watchLateFonts', () => {
    /** A stand-in IntersectionObserver: the test says when an observed element comes near the screen. */
    class FakeObserver {
      static last: FakeObserver | undefined;
      observed: Element[] = [];
      disconnected = false;
      constructor(
        readonly callback: (entries: Array<{ isIntersecting: boolean; target: Element }>) => void,
        readonly options: { rootMargin?: string },
      ) {
        FakeObserver.last = this;
      }
      observe(target: Element) {
        this.observed.push(target);
      }
      disconnect() {
        this.disconnected = true;
      }
      report(isIntersecting: boolean) {
        this.callback(this.observed.map((target) => ({ isIntersecting, target })));
      }
    }

    const page = (body: string) => {
      const root = document.createElement('html');
      const main = document.createElement('main');
      main.innerHTML = body;
      root.append(main);
      return { root, main };
    };

    afterEach(() => {
      vi.unstubAllGlobals();
      FakeObserver.last = undefined;
    });

    it('sets the attribute only once a pull quote comes within a screen, then stops watching', () => {
      vi.stubGlobal('IntersectionObserver', FakeObserver);
      const { root, main } = page('<p>Lede</p><figure class="pullquote"><blockquote><p>Words</p></blockquote></figure>');
      watchLateFonts(main, root);
      const observer = FakeObserver.last!;
      expect(observer.observed.map((e) => e.className)).toEqual(['pullquote']);
      expect(observer.options.rootMargin).toBe('100% 0px');
      observer.report(false);
      expect(root.hasAttribute(LATE_FONTS_ATTRIBUTE)).toBe(false);
      observer.report(true);
      expect(root.hasAttribute(LATE_FONTS_ATTRIBUTE)).toBe(true);
      expect(observer.disconnected).toBe(true);
    });

    it('watches the element itself when it is the pull quote (a page the app drew)', () => {
      vi.stubGlobal('IntersectionObserver', FakeObserver);
      const { root, main } = page('<figure class="pullquote"><blockquote><p>Words</p></blockquote></figure>');
      watchLateFonts(main.firstElementChild!, root);
      FakeObserver.last!.report(true);
      expect(root.hasAttribute(LATE_FONTS_ATTRIBUTE)).toBe(true);
    });

    it('watches nothing on a page without text in a late face, or once the attribute is set', () => {
      vi.stubGlobal('IntersectionObserver', FakeObserver);
      const { root, main } = page('<p>Only body text</p>');
      watchLateFonts(main, root);
      expect(FakeObserver.last).toBeUndefined();
      const other = page('<figure class="pullquote"></figure>');
      enableLateFonts(other.root);
      watchLateFonts(other.main, other.root);
      expect(FakeObserver.last).toBeUndefined();
    });

    it('sets the attribute at once where IntersectionObserver is missing', () => {
      vi.stubGlobal('IntersectionObserver', undefined);
      const { root, main } = page('<figure class="pullquote"></figure>');
      watchLateFonts(main, root);
      expect(root.hasAttribute(LATE_FONTS_ATTRIBUTE)).toBe(true);
    });
  });
});
