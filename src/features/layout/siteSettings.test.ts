// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_SETTINGS, siteSettingsScript } from '../../content/siteSettings';
import { readSiteSettingsFromPage } from './siteSettings';

function pageWith(head: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body></body></html>`, 'text/html');
}

describe('readSiteSettingsFromPage', () => {
  it('reads the settings the build wrote into the page, text with markup and all', () => {
    const settings = { name: 'Tidewatch', description: 'Harbour news, <b>kept</b>.', footer: ['Scanned </script> by volunteers.'] };
    const doc = pageWith(siteSettingsScript(settings));
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(readSiteSettingsFromPage(doc)).toEqual(settings);
  });

  it('falls back to the defaults when the block is missing, broken or partly wrong', () => {
    expect(readSiteSettingsFromPage(pageWith(''))).toEqual(DEFAULT_SITE_SETTINGS);
    expect(readSiteSettingsFromPage(pageWith('<script type="application/json" id="verbatim-site">{oops</script>'))).toEqual(DEFAULT_SITE_SETTINGS);
    const partial = readSiteSettingsFromPage(pageWith('<script type="application/json" id="verbatim-site">{"name": 7, "footer": ["One", 2]}</script>'));
    expect(partial).toEqual({ ...DEFAULT_SITE_SETTINGS, footer: ['One'] });
  });
});
