// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { __vitePreload } from './preloadDeps';

/** The links the helper added for `file` (jsdom loads nothing: tests fire a link's load or error). */
const linksTo = (file: string) => [...document.head.querySelectorAll('link')].filter((link) => link.href.endsWith(`/${file}`));

/** Settles pending promise callbacks, so "has not run yet" is a fact and not a race. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.head.replaceChildren();
});

// The helper remembers the files it linked for the page's life, so each test uses its own file names.
describe('__vitePreload (the browser build’s preload helper)', () => {
  it('links a chunk for modulepreload and imports without waiting for it', async () => {
    const imported = await __vitePreload(() => Promise.resolve('module'), ['assets/a-chunk.js']);
    expect(imported).toBe('module');
    const [link, ...others] = linksTo('assets/a-chunk.js');
    expect(others).toHaveLength(0);
    expect(link?.rel).toBe('modulepreload');
    expect(link?.getAttribute('href')).toBe(`${window.location.origin}/assets/a-chunk.js`);
    expect(link?.crossOrigin).toBe('');
  });

  it('waits for a stylesheet to load before importing, so nothing is drawn unstyled', async () => {
    let loads = 0;
    const done = __vitePreload(() => Promise.resolve(++loads), ['assets/b-chunk.js', 'assets/b-style.css']);
    await settle();
    const [style] = linksTo('assets/b-style.css');
    expect(style?.rel).toBe('stylesheet');
    expect(loads).toBe(0);
    style!.dispatchEvent(new Event('load'));
    await expect(done).resolves.toBe(1);
  });

  it('fails the import when its stylesheet fails, and a retry imports without linking it again', async () => {
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    const first = __vitePreload(load, ['assets/c-style.css']);
    linksTo('assets/c-style.css')[0]!.dispatchEvent(new Event('error'));
    await expect(first).rejects.toThrow(/c-style\.css/);
    expect(loads).toBe(0);
    await expect(__vitePreload(load, ['assets/c-style.css'])).resolves.toBe(1);
    expect(linksTo('assets/c-style.css')).toHaveLength(1);
  });

  it('links each file once, however many imports need it, and each waits for its stylesheet', async () => {
    const loaded: number[] = [];
    const load = (n: number) => () => Promise.resolve(loaded.push(n));
    const pending = [__vitePreload(load(1), ['assets/d-style.css']), __vitePreload(load(2), ['assets/d-style.css', 'assets/d-chunk.js'])];
    await __vitePreload(load(3), ['assets/d-chunk.js']);
    expect(linksTo('assets/d-style.css')).toHaveLength(1);
    expect(linksTo('assets/d-chunk.js')).toHaveLength(1);
    expect(loaded).toEqual([3]);
    linksTo('assets/d-style.css')[0]!.dispatchEvent(new Event('load'));
    await Promise.all(pending);
    expect(loaded).toEqual([3, 1, 2]);
  });

  it('does not link or wait for a stylesheet the page already has', async () => {
    const existing = document.createElement('link');
    existing.rel = 'stylesheet';
    existing.href = '/assets/e-style.css';
    document.head.append(existing);
    await expect(__vitePreload(() => Promise.resolve('module'), ['assets/e-style.css'])).resolves.toBe('module');
    expect(linksTo('assets/e-style.css')).toEqual([existing]);
  });

  it('does not link or wait for a stylesheet the page holds inline (the build’s entry stylesheet)', async () => {
    const style = document.createElement('style');
    style.dataset.href = '/assets/g-style.css';
    document.head.append(style);
    await expect(__vitePreload(() => Promise.resolve('module'), ['assets/g-style.css'])).resolves.toBe('module');
    expect(linksTo('assets/g-style.css')).toEqual([]);
  });

  it('passes the import’s own failure on', async () => {
    await expect(__vitePreload(() => Promise.reject(new Error('chunk missing')), ['assets/f-chunk.js'])).rejects.toThrow('chunk missing');
  });
});
