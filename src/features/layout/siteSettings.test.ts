// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_SETTINGS, siteSettingsMeta } from '../../content/siteSettings';
import { readSiteSettingsFromPage } from './siteSettings';

function pageWith(head: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body></body></html>`, 'text/html');
}

describe('readSiteSettingsFromPage', () => {
  it('reads the settings the build wrote into the page, text with markup and all', () => {
    const settings = { name: 'Tidewatch "Gazette"', description: 'Harbour news, <b>kept</b>.', footer: ['Scanned </head> by volunteers.'] };
    const doc = pageWith(siteSettingsMeta(settings));
    expect(doc.head.children).toHaveLength(1);
    expect(doc.querySelector('b')).toBeNull();
    expect(readSiteSettingsFromPage(doc)).toEqual(settings);
  });

  it('falls back to the defaults when the block is missing, broken or partly wrong', () => {
    expect(readSiteSettingsFromPage(pageWith(''))).toEqual(DEFAULT_SITE_SETTINGS);
    expect(readSiteSettingsFromPage(pageWith('<meta name="verbatim-site" content="{oops">'))).toEqual(DEFAULT_SITE_SETTINGS);
    const partial = readSiteSettingsFromPage(pageWith('<meta name="verbatim-site" content=\'{"name": 7, "footer": ["One", 2]}\'>'));
    expect(partial).toEqual({ ...DEFAULT_SITE_SETTINGS, footer: ['One'] });
  });
});
