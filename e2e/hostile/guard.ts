/**
 * Shared watch for the hostile-markup site: the markup written into the invented articles
 * (e2e/hostile-content), and a guard that records anything that would show it ran — a dialog, the
 * `window.__pwned` flag, or a Content-Security-Policy violation.
 */
import type { Page } from '@playwright/test';
import { catalog, expect } from '../fixtures';

/** Strings in the hostile article, each of which must reach the reader as the very characters written. */
export const MARKUP = {
  headline: 'Quayside <b>bold</b> plan for Tamsworth harbour',
  caption: 'Divers inspect the <em>old</em> pier <img src=x onerror="window.__pwned=1">',
  script: 'read <script>window.__pwned=1</script> in large letters',
  quotedScript: 'no more than two summers <script>window.__pwned=1</script> to finish',
  handler: 'Divers find <img src=x onerror="window.__pwned=1"> wreck under old pier',
  singleQuotedHandler: "labelled <img src=x onerror='window.__pwned=1'> in thick marker pen",
  jsUrl: 'Plans at <a href="javascript:window.__pwned=1">click</a> for the new pier',
  iframe: 'showed <iframe src="javascript:window.__pwned=1"></iframe> where the map',
  style: '<style>body{display:none}</style>',
  // The source writes these as `&lt;`, `&gt;`, `&amp;`: references are decoded at parse time (issue 10), so
  // the reader sees the characters, still as text.
  entities: 'the symbols < and > and & to compare',
  crosshead: 'Gates <i>and</i> tides',
  pullQuote: 'We have waited long enough <u>for a pier</u>',
  related: 'Tamsworth pier <script>window.__pwned=1</script> closes for winter',
} as const;

export async function hostileArticleId(page: Page): Promise<string> {
  const story = (await catalog(page)).find((s) => s.headline === MARKUP.headline);
  expect(story, 'the hostile article is in the hostile build').toBeTruthy();
  return story!.id;
}

/** Installs the watch before any page script runs; `check()` asserts nothing ran and nothing was blocked. */
export async function guard(page: Page): Promise<{ check: () => Promise<void> }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const record = (window as unknown as { __cspViolations: string[] }).__cspViolations = [] as string[];
    document.addEventListener('securitypolicyviolation', (event) => {
      record.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    async check() {
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        csp: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      }));
      expect(state.pwned, 'window.__pwned').toBeUndefined();
      expect(state.csp, 'Content-Security-Policy violations').toEqual([]);
      expect(dialogs, 'dialogs').toEqual([]);
    },
  };
}

/** The app has taken over the pre-rendered HTML (hydrated it, or drawn its own). */
export async function appHasTakenOver(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('#main')).toBeVisible();
}
