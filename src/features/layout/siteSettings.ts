import { createContext, useContext } from 'react';
import type { SiteSettings } from '../../content/schema';
import { DEFAULT_SITE_SETTINGS, SITE_SETTINGS_META, withDefaults } from '../../content/siteSettings';

/**
 * The collection's site name, description and footer, from the <meta> the build writes into the page
 * (see `siteSettingsMeta`): known at the first render, with no request and no flash of a default name.
 * Anything missing or unreadable falls back to the defaults, which make no claim about the collection.
 */
export function readSiteSettingsFromPage(doc: Document | undefined = globalThis.document): SiteSettings {
  const text = doc?.querySelector<HTMLMetaElement>(`meta[name="${SITE_SETTINGS_META}"]`)?.content;
  if (!text) return DEFAULT_SITE_SETTINGS;
  try {
    const data = JSON.parse(text) as Partial<SiteSettings>;
    return withDefaults({
      name: typeof data.name === 'string' && data.name ? data.name : undefined,
      description: typeof data.description === 'string' && data.description ? data.description : undefined,
      footer: Array.isArray(data.footer) ? data.footer.filter((p): p is string => typeof p === 'string') : undefined,
    });
  } catch {
    return DEFAULT_SITE_SETTINGS;
  }
}

/** Server-side rendering passes the build's settings through a provider; in the browser the page has them. */
export const SiteSettingsContext = createContext<SiteSettings>(readSiteSettingsFromPage());

export const useSiteSettings = () => useContext(SiteSettingsContext);
