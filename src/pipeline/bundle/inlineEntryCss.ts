/**
 * Puts the app's entry stylesheet into the page head as a `<style>` block instead of a `<link>`.
 *
 * Why: a pre-rendered page can paint as soon as its HTML and CSS are in, and the CSS (~6 KB gzip) was a
 * second request on the path to that first paint — on a phone's slow connection one more round trip (and on
 * HTTP/1.1 a new connection) before anything shows, while the web fonts competed with it for the same
 * bandwidth. Inline, the page head and its styles arrive in the HTML's first round trip (HTML + CSS stay under
 * TCP's ~14 KB first flight on every page measured). The cost: a page loaded afresh carries the CSS again
 * instead of reading a cached file — after the first page the app navigates without loading HTML, so
 * that is paid only on full page loads. Route stylesheets stay files (loaded with their route's code).
 *
 * The block keeps the file's address in `data-href`, so the app's preload helper (src/app/preloadDeps.ts)
 * does not link the same file again when a route's code lists it as a dependency.
 *
 * The Content-Security-Policy stays without 'unsafe-inline': each inlined block is allowed by its SHA-256
 * (returned here), so no other style block — one smuggled into content, say — applies.
 */
import { createHash } from 'node:crypto';

export interface InlinedCss {
  html: string;
  /** CSP sources for the inlined blocks, e.g. `'sha256-…'`. */
  styleHashes: string[];
}

/** A stylesheet whose `url()`s are relative would resolve against each page's address once inline. */
function safeToInline(css: string): boolean {
  if (/<\/style/i.test(css)) return false;
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) {
    const target = m[2]!;
    if (!target.startsWith('/') && !target.startsWith('data:') && !target.startsWith('#')) return false;
  }
  return true;
}

/**
 * Replaces each `<link rel="stylesheet" href="<base><file>">` whose file is in `assets` (file name → CSS
 * text) with its CSS in a `<style>` block; anything else is left as it is.
 */
export function inlineEntryCss(html: string, assets: ReadonlyMap<string, string>, base: string): InlinedCss {
  const styleHashes: string[] = [];
  const out = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href?.startsWith(base)) return tag;
    const css = assets.get(href.slice(base.length));
    if (css === undefined || !safeToInline(css)) return tag;
    styleHashes.push(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    return `<style data-href="${href}">${css}</style>`;
  });
  return { html: out, styleHashes };
}
