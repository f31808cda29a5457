/**
 * Site settings as the app and the pre-rendered pages use them: the collection's `site.json` over these
 * defaults. The defaults describe the reader, never the collection, so a folder without the file ships no
 * claim about its stories (the bundled sample states its own disclaimer in content/site.json).
 */
import type { SiteSettings, SiteSettingsFile } from './schema';

export const SITE_SETTINGS_FILE = 'site.json';

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  name: 'Verbatim',
  description: 'A reader for news archives: every direct quote highlighted and attributed, and everyone named gathered in one index.',
  footer: [],
};

export function withDefaults(file: SiteSettingsFile | null | undefined): SiteSettings {
  return {
    name: file?.name ?? DEFAULT_SITE_SETTINGS.name,
    description: file?.description ?? DEFAULT_SITE_SETTINGS.description,
    footer: file?.footer ?? DEFAULT_SITE_SETTINGS.footer,
  };
}

/** Id of the JSON data block the build writes into every page's <head> for the app to read at start. */
export const SITE_SETTINGS_ELEMENT_ID = 'verbatim-site';

/**
 * The settings as a `<script type="application/json">` data block. A data block never runs (the CSP's
 * `script-src 'self'` does not apply to it); `<` is escaped so no text can close the element.
 */
export function siteSettingsScript(settings: SiteSettings): string {
  const json = JSON.stringify(settings).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${SITE_SETTINGS_ELEMENT_ID}">${json}</script>`;
}
