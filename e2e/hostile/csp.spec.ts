/**
 * Every page type carries the Content-Security-Policy (no inline script, nothing from other origins), and
 * the pre-rendered page plus the app that replaces it work inside it: no violation is reported, no console
 * error, no request leaves the origin (the `watched` fixture fails the test on those two).
 */
import { createHash } from 'node:crypto';
import { expect, test } from '../fixtures';
import { appHasTakenOver, guard, hostileArticleId } from './guard';

async function pageTypes(page: import('@playwright/test').Page): Promise<Array<[string, string]>> {
  const id = await hostileArticleId(page);
  const people = (await (await page.request.get('/data/people.json')).json()) as Array<{ id: string }>;
  const topics = (await (await page.request.get('/data/topics.json')).json()) as Array<{ id: string }>;
  return [
    ['list', '/'],
    ['article', `/articles/${id}`],
    ['people', '/people'],
    ['person', `/people/${people[0]!.id}`],
    ['topics', '/topics'],
    ['topic', `/topics/${topics[0]!.id}`],
    ['search', '/search?q=harbour'],
    ['404', '/no/such/page'],
  ];
}

test('the raw HTML of every page type carries the policy, and nothing inline runs', async ({ page, request }) => {
  for (const [kind, path] of await pageTypes(page)) {
    const html = await (await request.get(path)).text();
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
    expect(csp, `${kind}: CSP meta`).not.toBeNull();
    const policy = csp![1]!;
    expect(policy, kind).toMatch(/script-src 'self'(;|$)/);
    expect(policy, kind).toMatch(/default-src 'self'/);
    expect(policy, kind).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // Only external module scripts; no inline script, no event-handler attributes, no style attribute, and
    // no inline style but the build's entry stylesheet, each block allowed by its hash in the policy (never
    // 'unsafe-inline', checked above).
    // The page's data travels as an inert JSON block (type="application/json" never runs); article text
    // inside it is escaped, so no "<" can close the block early and start markup.
    const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [];
    expect(inline.filter((tag) => !/\btype="application\/json"/.test(tag)), `${kind}: inline scripts`).toEqual([]);
    for (const block of html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(block[1], `${kind}: data block escapes "<"`).not.toContain('<');
      expect(() => JSON.parse(block[1]!), `${kind}: data block is JSON`).not.toThrow();
    }
    // Read as the browser parses it: article text may hold `onerror="` as characters (escaped as text),
    // which a regular expression over the source cannot tell from an attribute.
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const elements = [...doc.querySelectorAll('*')];
      return {
        styleBlocks: [...doc.querySelectorAll('style')].map((style) => style.textContent ?? ''),
        styleAttributes: elements.filter((e) => e.hasAttribute('style')).length,
        handlers: elements.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
      };
    }, html);
    expect(parsed.styleBlocks.length, `${kind}: the entry stylesheet inline`).toBe(1);
    for (const css of parsed.styleBlocks) {
      expect(policy, `${kind}: style block allowed by its hash`).toContain(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    }
    expect({ styleAttributes: parsed.styleAttributes, handlers: parsed.handlers }, kind).toEqual({ styleAttributes: 0, handlers: [] });
  }
});

test('no CSP violation, dialog or script run on any page type, loaded directly', async ({ page, watched }) => {
  const watch = await guard(page);
  for (const [kind, path] of await pageTypes(page)) {
    await page.goto(path);
    await appHasTakenOver(page);
    await expect(page.getByRole('heading', { level: 1 }), kind).toBeVisible();
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]'), kind).toHaveCount(1);
    await watch.check();
  }
  // The 404 document itself is answered with status 404, which the browser logs; that one is expected.
  watched.errors.splice(0, watched.errors.length, ...watched.errors.filter((e) => !/status of 404/.test(e)));
});

test('the policy really blocks: an inline script added at run time is refused and reported', async ({ page, watched }) => {
  await guard(page);
  await page.goto('/');
  await appHasTakenOver(page);
  const after = await page.evaluate(async () => {
    // The refusal is reported by a securitypolicyviolation event, dispatched after the append returns.
    const reported = new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve, { once: true }));
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
    await reported;
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
    };
  });
  expect(after.pwned).toBeUndefined();
  expect(after.violations.join('\n')).toMatch(/script-src/);
  // Chromium logs the refusal to the console; this test caused it on purpose.
  watched.errors.splice(0, watched.errors.length, ...watched.errors.filter((e) => !/Content Security Policy/i.test(e)));
});
