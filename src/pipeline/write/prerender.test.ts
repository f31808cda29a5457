import { describe, expect, it } from 'vitest';
import { parseTemplate, renderDocument, scriptJson } from './prerender.ts';

const template = parseTemplate(
  '<!doctype html><html><head><meta charset="UTF-8" /><meta name="description" content="default" /><title>Verbatim</title><script type="module" src="/a.js"></script></head><body><div id="root"></div><noscript>Needs JavaScript.</noscript></body></html>',
);
const meta = { path: '/articles/x', title: 'Odd $& and $\' and $` headline <b>', description: 'About "Mara Quell" & co', type: 'article' as const };

describe('the pre-rendered document', () => {
  it('fills the head with escaped title, description, canonical and social tags, and drops the default description and noscript', () => {
    const html = renderDocument(template, 'https://archive.example/', 'Verbatim', meta, { html: '<p>body</p>', state: '{}' });
    expect(html).toContain('<title>Odd $&amp; and $&#39; and $` headline &lt;b&gt; — Verbatim</title>');
    expect(html).toContain('<meta name="description" content="About &quot;Mara Quell&quot; &amp; co">');
    expect(html).not.toContain('content="default"');
    expect(html).toContain('<link rel="canonical" href="https://archive.example/articles/x">');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).not.toContain('noscript');
    expect(html).toContain('<div id="root"><p>body</p></div><!--/prerender-->');
  });

  it('keeps $ patterns in the page markup and data as text', () => {
    const body = "<p>Costs $' and $& and $1 and $$</p>";
    const html = renderDocument(template, 'https://archive.example', 'Verbatim', meta, { html: body, state: JSON.stringify({ text: "$' $&" }) });
    expect(html).toContain(`<div id="root">${body}</div><!--/prerender-->`);
    expect(html).toContain('{"text":"$\' $&"}');
  });

  it('embeds the data so that no text can close its script tag', () => {
    const state = JSON.stringify({ text: '</script><script>alert(1)</script><!--' });
    const html = renderDocument(template, 'https://archive.example', 'Verbatim', meta, { html: '', state });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const embedded = html.match(/<script type="application\/json" id="verbatim-state" data-route="\/articles\/x">([^<]*)<\/script>/)?.[1];
    expect(JSON.parse(embedded!)).toEqual({ text: '</script><script>alert(1)</script><!--' });
    expect(scriptJson('"\u2028"')).toBe('"\\u2028"');
  });

  it('leaves out the canonical link for the 404 page', () => {
    const html = renderDocument(template, 'https://archive.example', 'Verbatim', { ...meta, canonical: false }, { html: '', state: '{}' });
    expect(html).not.toContain('rel="canonical"');
  });
});
