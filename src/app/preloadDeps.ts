/**
 * The browser build wraps each of the app's dynamic `import()`s as `__vitePreload(() => import(…), deps)`,
 * where `deps` are the files that import will need (the chunks it imports, its styles), so they download
 * alongside it instead of one after another. This is the build's helper for that, in place of Vite's own
 * (`src/pipeline/bundle/smallPreloadHelper.ts`): Vite's also handles CSP nonces, browsers without
 * `modulepreload` and a `vite:preloadError` event, none of which the app uses, and sends ~0.5 KB gzip
 * more on every first visit. What it does, as Vite's does:
 * - a chunk gets a `<link rel="modulepreload">` and is not waited for (the import itself waits for it);
 * - a stylesheet gets a `<link rel="stylesheet">`, and the import waits until it has loaded, so no page
 *   is drawn unstyled; if it fails, the import fails (its caller shows the page's error or reloads);
 * - each file is linked once, and not at all if the page already links it (a pre-rendered page's
 *   stylesheets) or holds it inline (the entry stylesheet, a `<style data-href>` in every built page's head:
 *   src/pipeline/bundle/inlineEntryCss.ts); one that failed is not linked again, so a Retry goes straight
 *   to the import.
 */
const linked = new Map<string, Promise<void> | undefined>();

export function __vitePreload<T>(load: () => Promise<T>, deps?: readonly string[]): Promise<T> {
  return Promise.all((deps ?? []).map(preloadOnce)).then(load);
}

function preloadOnce(dep: string): Promise<void> | undefined {
  if (linked.has(dep)) return linked.get(dep);
  const href = new URL(import.meta.env.BASE_URL + dep, document.baseURI).href;
  const css = dep.endsWith('.css');
  const present =
    [...document.getElementsByTagName('link')].some((link) => link.href === href && (!css || link.rel === 'stylesheet')) ||
    (css && inlined(href));
  const link = document.createElement('link');
  link.rel = css ? 'stylesheet' : 'modulepreload';
  link.crossOrigin = '';
  link.href = href;
  const loaded = present
    ? undefined
    : css
      ? new Promise<void>((resolve, reject) => {
          link.onload = () => resolve();
          link.onerror = () => reject(new Error(`Unable to preload CSS for ${href}`));
        }).finally(() => linked.set(dep, undefined))
      : undefined;
  if (!present) document.head.appendChild(link);
  linked.set(dep, loaded);
  return loaded;
}

/** A stylesheet the build put into the page head as `<style data-href="…">`. */
function inlined(href: string): boolean {
  return [...document.querySelectorAll<HTMLStyleElement>('style[data-href]')].some(
    (style) => new URL(style.dataset.href ?? '', document.baseURI).href === href,
  );
}
