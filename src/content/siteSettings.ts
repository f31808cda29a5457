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

/** Name of the <meta> the build writes into every page's <head> for the app to read at start. */
export const SITE_SETTINGS_META = 'verbatim-site';

const escapeAttribute = (text: string) => text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);

/**
 * The settings as `<meta name="verbatim-site" content="{…json…}">`: readable before the first render, and
 * not a script of any kind (the CSP allows no inline script, and nothing here could run).
 */
export function siteSettingsMeta(settings: SiteSettings): string {
  return `<meta name="${SITE_SETTINGS_META}" content="${escapeAttribute(JSON.stringify(settings))}">`;
}
