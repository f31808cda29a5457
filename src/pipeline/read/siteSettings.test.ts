import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_SETTINGS } from '../../content/siteSettings.ts';
import { Pipeline } from '../ingest.ts';
import { renderFromFolder } from '../../test/renderRoute.ts';
import { writeSite } from '../write/site.ts';
import { parseSiteSettings, readSiteSettings } from './siteSettings.ts';

const sample = path.resolve(import.meta.dirname, '../../../content');
const template = '<!doctype html><html><head><title>Verbatim</title></head><body><div id="root"></div></body></html>';
/** A phrase only the bundled sample's own site.json says. */
const SAMPLE_DISCLAIMER = /invented|fictional/i;

const story = ['Harbour lamps relit at Quillmouth', '', 'The lamps on the Quillmouth pier were lit again on Monday.', '', '"They are brighter than ever," said Odile Farrant, the harbour keeper.', ''].join('\n');

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'verbatim-settings-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Runs the pipeline and the page writer over `contentDir`, returning the settings and the HTML of every route. */
async function build(contentDir: string) {
  const outDir = await mkdtemp(path.join(root, 'out-'));
  const result = await new Pipeline({ contentDir, outDir: path.join(outDir, 'data'), workers: 0 }).run();
  await writeFile(path.join(outDir, 'index.html'), template);
  await writeSite({ outDir, siteUrl: 'https://archive.example', collection: result.collection, settings: result.settings, render: renderFromFolder(path.join(outDir, 'data'), result.settings) });
  const article = result.collection.articles[0]!;
  const pages = await Promise.all(['index.html', `articles/${article.id}/index.html`, 'people/index.html', '404.html'].map((f) => readFile(path.join(outDir, f), 'utf8')));
  return { result, pages };
}

// Each case runs the pipeline and renders its pages through the app: seconds on a shared machine.
describe('collection settings (site.json)', { timeout: 60_000 }, () => {
  it('a folder without site.json gets the defaults, and no page mentions the sample’s disclaimer', async () => {
    const contentDir = path.join(root, 'elsewhere');
    await mkdir(path.join(contentDir, 'local'), { recursive: true });
    await writeFile(path.join(contentDir, 'local', 'harbour-lamps.txt'), story);
    const { result, pages } = await build(contentDir);
    expect(result.report.written).toBe(1);
    expect(result.settings).toEqual(DEFAULT_SITE_SETTINGS);
    for (const html of pages) {
      expect(html).not.toMatch(SAMPLE_DISCLAIMER);
      expect(html).toContain(`<footer class="site-footer"><div class="site-footer__inner"><p>${DEFAULT_SITE_SETTINGS.description}</p></div></footer>`);
    }
  });

  it('the bundled sample states its own disclaimer through its site.json, in every page’s footer', async () => {
    const { result, pages } = await build(sample);
    expect(result.settings.footer.join(' ')).toMatch(SAMPLE_DISCLAIMER);
    for (const html of pages) expect(html).toMatch(/<footer class="site-footer">.*(invented|fictional).*<\/footer>/s);
    expect(result.report.ignored).toContainEqual({ source: 'site.json', reason: expect.stringContaining('collection settings') });
  });

  it('a collection’s own name and footer reach the titles, masthead and footer, escaped', async () => {
    const contentDir = path.join(root, 'named');
    await cp(path.join(root, 'elsewhere'), contentDir, { recursive: true });
    await writeFile(path.join(contentDir, 'site.json'), JSON.stringify({ name: 'Quillmouth <Gazette>', footer: ['Scanned from the harbour library.'] }));
    const { pages } = await build(contentDir);
    const [home, article] = pages as [string, string];
    expect(home).toContain('<title>Quillmouth &lt;Gazette&gt;</title>');
    expect(article).toMatch(/<a class="site-name" href="\/"[^>]*>Quillmouth &lt;Gazette&gt;<\/a>/);
    expect(article).toContain('<p>Scanned from the harbour library.</p>');
    expect(article).not.toContain('<!--site-');
  });

  it('names the file and line of a JSON syntax error, and the field of a schema error', async () => {
    expect(() => parseSiteSettings('{\n  "name": "A",\n}', '/c/site.json')).toThrow(/^\/c\/site\.json:3: not valid JSON/);
    expect(() => parseSiteSettings('{"footer": [oops]}', '/c/site.json')).toThrow(/^\/c\/site\.json(:1)?: not valid JSON/);
    expect(() => parseSiteSettings('{"name": 3}', '/c/site.json')).toThrow(/\/c\/site\.json: name: /);
    expect(() => parseSiteSettings('{"title": "A"}', '/c/site.json')).toThrow(/\/c\/site\.json: .*title/);
    expect(() => parseSiteSettings('{"footer": "one line"}', '/c/site.json')).toThrow(/footer/);
    const broken = path.join(root, 'broken');
    await mkdir(broken, { recursive: true });
    await writeFile(path.join(broken, 'site.json'), '{"name": ""}');
    await expect(readSiteSettings(broken)).rejects.toThrow(path.join(broken, 'site.json'));
    await expect(new Pipeline({ contentDir: broken, outDir: path.join(root, 'broken-out'), workers: 0 }).run()).rejects.toThrow(/site\.json/);
  });

  it('fills missing fields with the defaults', () => {
    expect(parseSiteSettings('{"name": "Tidewatch"}', 'site.json')).toEqual({ ...DEFAULT_SITE_SETTINGS, name: 'Tidewatch' });
  });
});
