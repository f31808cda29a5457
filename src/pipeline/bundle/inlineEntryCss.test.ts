import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineEntryCss } from './inlineEntryCss.ts';

const head = (links: string) => `<html><head><meta charset="UTF-8" />${links}</head><body></body></html>`;
const sha = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

describe('inlineEntryCss', () => {
  it('puts the stylesheet into the head, keeps its address and returns the hash the policy must allow', () => {
    const css = '@font-face{src:url(/assets/serif-basic.woff2)}body{color:#222}';
    const { html, styleHashes } = inlineEntryCss(head('<link rel="stylesheet" crossorigin href="/assets/index-1.css">'), new Map([['assets/index-1.css', css]]), '/');
    expect(html).toBe(head(`<style data-href="/assets/index-1.css">${css}</style>`));
    expect(styleHashes).toEqual([sha(css)]);
  });

  it('leaves a link alone when its file is not in the bundle, is under another base, or would break inline', () => {
    const links = [
      '<link rel="stylesheet" href="/assets/other.css">',
      '<link rel="stylesheet" href="https://elsewhere.example/a.css">',
      '<link rel="stylesheet" href="/assets/relative.css">',
      '<link rel="stylesheet" href="/assets/closes.css">',
    ].join('');
    const assets = new Map([
      ['assets/relative.css', '@font-face{src:url(serif.woff2)}'],
      ['assets/closes.css', 'a::after{content:"</style>"}'],
    ]);
    const { html, styleHashes } = inlineEntryCss(head(links), assets, '/');
    expect(html).toBe(head(links));
    expect(styleHashes).toEqual([]);
  });

  it('keeps replacement patterns in the CSS as text', () => {
    const css = "a::after{content:\"$& $' $1\"}";
    const { html } = inlineEntryCss(head('<link rel="stylesheet" href="/x.css">'), new Map([['x.css', css]]), '/');
    expect(html).toContain(`>${css}</style>`);
  });
});
