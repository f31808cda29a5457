/**
 * Ingest over a content folder full of hostile input (issue 6): nothing crashes, nothing is lost.
 * The folder is built at run time in a temp dir (see hostile/hostileFolder.ts); every file created
 * must show up in report.json as written, rejected or ignored, with a reason.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ArticleSchema, IngestReportSchema, type Article, type IngestReport } from '../content/schema.ts';
import { dataPaths } from '../content/dataPaths.ts';
import { Pipeline, type IngestResult } from './ingest.ts';
import { MAX_TEXT_CHARS } from './read/decode.ts';
import {
  buildHostileFolder,
  CP1252_LINE,
  LOCKED_FILE,
  VANISHING_BYTES,
  VANISHING_SOURCE,
  type HostileFolder,
} from './hostile/hostileFolder.ts';
import { cpuMillis } from '../test/cpuTime.ts';

const hooks = vi.hoisted(() => ({
  /** Content folder in which VANISHING_SOURCE exists while it is listed and is gone when it is read. */
  vanishIn: null as string | null,
  /** Root reads files it has no permission for; make the fs say EACCES as it would to anyone else. */
  emulatePermissions: false,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const denyUnreadable = async (target: unknown) => {
    if (!hooks.emulatePermissions) return;
    const info = await fs.stat(String(target)).catch(() => null);
    if (info && (info.mode & 0o444) === 0) {
      throw Object.assign(new Error(`EACCES: permission denied, '${String(target)}'`), { code: 'EACCES', errno: -13 });
    }
  };
  const open = (async (target: string, ...rest: unknown[]) => {
    await denyUnreadable(target);
    return (fs.open as (...args: unknown[]) => unknown)(target, ...rest);
  }) as typeof fs.open;
  const readdir = (async (target: string, ...rest: unknown[]) => {
    await denyUnreadable(target);
    return (fs.readdir as (...args: unknown[]) => unknown)(target, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, open, readdir, default: { ...fs, open, readdir } };
});

vi.mock('./read/walk.ts', async (importOriginal) => {
  const walk = await importOriginal<typeof import('./read/walk.ts')>();
  const fs = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
  return {
    ...walk,
    listContent: async (contentDir: string) => {
      if (contentDir !== hooks.vanishIn) return walk.listContent(contentDir);
      const file = path.join(contentDir, ...VANISHING_SOURCE.split('/'));
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, VANISHING_BYTES);
      try {
        return await walk.listContent(contentDir);
      } finally {
        await fs.rm(file);
      }
    },
  };
});

let folder: HostileFolder;
let scratch: string;
let first: IngestResult;
let second: IngestResult;
let firstMs: number;
const outA = () => path.join(scratch, 'out-a');
const outB = () => path.join(scratch, 'out-b');

async function timedRun(outDir: string): Promise<[IngestResult, number]> {
  const started = cpuMillis();
  const result = await new Pipeline({ contentDir: folder.root, outDir, workers: 0 }).run();
  return [result, cpuMillis() - started];
}

beforeAll(async () => {
  folder = await buildHostileFolder();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'verbatim-hostile-out-'));
  hooks.vanishIn = folder.root;
  hooks.emulatePermissions = process.getuid?.() === 0;
  [first, firstMs] = await timedRun(outA());
  [second] = await timedRun(outB());
}, 90_000);

afterAll(async () => {
  hooks.vanishIn = null;
  hooks.emulatePermissions = false;
  await folder?.cleanup();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const report = (): IngestReport => first.report;
const articleFrom = (source: string): Article => {
  const found = first.collection.articles.find((a) => a.source === source);
  if (!found) throw new Error(`no article for ${source}; rejected: ${JSON.stringify(report().rejected.find((r) => r.source === source))}`);
  return found;
};
const textOf = (a: Article): string =>
  a.blocks.map((b) => (b.type === 'analysis' ? b.blocks.map((p) => p.text).join('\n') : b.text)).join('\n');
const warningsFor = (source: string) => report().warnings.filter((w) => w.source === source);

describe('ingest of a hostile content folder', () => {
  it('finishes in bounded time and writes a report that matches its schema', async () => {
    // A hang guard, not a speed test: generous CPU milliseconds, far below "never finishes".
    expect(firstMs).toBeLessThan(25_000);
    const onDisk = JSON.parse(await readFile(path.join(outA(), dataPaths.report), 'utf8'));
    expect(IngestReportSchema.parse(onDisk)).toEqual(report());
  });

  it('accounts for every file created: written, rejected or ignored', () => {
    const r = report();
    const written = new Set(first.collection.articles.map((a) => a.source));
    const rejected = new Set(r.rejected.map((x) => x.source));
    const ignored = new Set(r.ignored.map((x) => x.source));
    const folders = [...r.rejected, ...r.ignored].map((x) => x.source).filter((s) => s.endsWith('/'));
    const unaccounted = [...folder.created, VANISHING_SOURCE].filter(
      (source) =>
        !written.has(source) && !rejected.has(source) && !ignored.has(source) && !folders.some((f) => source.startsWith(f)),
    );
    expect(unaccounted).toEqual([]);
    expect(r.read).toBe(r.written + r.rejected.length);
    expect(r.written).toBe(first.collection.articles.length);
    // Nothing is both written and rejected, and nothing is listed twice.
    expect([...written].filter((s) => rejected.has(s))).toEqual([]);
    expect(rejected.size).toBe(r.rejected.length);
  });

  it('gives every case the outcome and reason it should have', () => {
    const r = report();
    const outcomes = folder.cases.map((c) => {
      const rejection = r.rejected.find((x) => x.source === c.source);
      const ignoring = r.ignored.find((x) => x.source === c.source);
      const written = first.collection.articles.some((a) => a.source === c.source);
      const actual = written ? 'article' : rejection ? `rejected: ${rejection.reason}` : ignoring ? `ignored: ${ignoring.reason}` : 'missing';
      const ok =
        c.expect.outcome === 'article'
          ? written
          : c.expect.outcome === 'rejected'
            ? !!rejection && c.expect.reason.test(rejection.reason)
            : !!ignoring && c.expect.reason.test(ignoring.reason);
      return { source: c.source, what: c.what, ok, actual };
    });
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(folder.cases.length).toBeGreaterThan(40);
  });

  it('rejects a file that vanishes between listing and reading, and one it may not read', () => {
    const vanished = report().rejected.find((x) => x.source === VANISHING_SOURCE);
    expect(vanished?.reason).toMatch(/not found when read/);
    expect(vanished?.reason).toMatch(/ENOENT/);
    expect(report().rejected.find((x) => x.source === LOCKED_FILE)?.reason).toMatch(/permission denied/);
  });

  it('writes each article as a JSON file that matches ArticleSchema', async () => {
    const files = await readdir(path.join(outA(), 'articles'));
    expect(files).toHaveLength(first.collection.articles.length);
    for (const article of first.collection.articles) {
      const json = JSON.parse(await readFile(path.join(outA(), dataPaths.article(article.id)), 'utf8'));
      const parsed = ArticleSchema.safeParse(json);
      expect(parsed.success, `${article.source}: ${parsed.error?.message}`).toBe(true);
      expect(json.source).toBe(article.source);
    }
  });

  it('decodes Windows-1252: £, € and curly quotes survive, with a warning that names the line', () => {
    const source = 'encoding/windows-1252.txt';
    const text = textOf(articleFrom(source));
    expect(text).toContain(CP1252_LINE);
    for (const ch of ['£', '€', '“', '”', '‘', '’', '–']) expect(text).toContain(ch);
    expect(warningsFor(source)).toContainEqual({ source, line: 1, message: expect.stringMatching(/Windows-1252/) });
    // The decoded curly quotes must not have been mistaken for control characters.
    expect(warningsFor(source).some((w) => /control/.test(w.message))).toBe(false);
  });

  it('decodes byte-order marks (UTF-8, UTF-16 LE/BE) and UTF-16 without one', () => {
    expect(articleFrom('bom/utf8-bom.txt').headline).toBe('Byte-order mark café opens');
    expect(articleFrom('bom/utf16le-bom.txt').headline).toBe('Little-endian café opens');
    expect(articleFrom('bom/utf16be-bom.txt').headline).toBe('Big-endian café opens');
    expect(articleFrom('bom/utf16le-no-bom.txt').headline).toBe('Unmarked UTF-16 story');
    for (const a of first.collection.articles) expect(textOf(a) + a.headline).not.toMatch(/[\r\ufeff]/);
  });

  it('reads CRLF and lone-CR pages like LF pages', () => {
    const crlf = articleFrom('shape/crlf.txt');
    const lf = articleFrom('good/valid-page.txt');
    expect(crlf.updated).toBe(lf.updated);
    expect(crlf.updated).toBe('2009-03-03T14:05:00.000Z');
    expect(crlf.blocks).toEqual(lf.blocks);
    expect(articleFrom('shape/lone-cr.txt').blocks.length).toBeGreaterThan(1);
  });

  it('keeps HTML and script markup as literal text, with character references decoded', () => {
    const a = articleFrom('markup/html-and-script.txt');
    expect(a.headline).toBe('Markup <b>slips</b> into archive');
    const text = textOf(a);
    expect(text).toContain('<script>alert("Marrowby")</script>');
    expect(text).toContain('<a href="javascript:void(0)">click here</a> & then left.');
    expect(text).toContain('<!-- and a comment -->');
  });

  it('gives duplicate headlines distinct ids that are the same on every run', () => {
    const sources = ['dupes/first.txt', 'dupes/second.txt', 'dupes/nested/first.txt'];
    const ids = sources.map((s) => articleFrom(s).id);
    expect(new Set(ids).size).toBe(3);
    const again = sources.map((s) => second.collection.articles.find((a) => a.source === s)?.id);
    expect(again).toEqual(ids);
    const all = first.collection.articles.map((a) => a.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps an article with an impossible update time: updated null, warning on its line', () => {
    const source = 'dates/impossible.txt';
    const a = articleFrom(source);
    expect(a.updated).toBeNull();
    expect(a.headline).toBe('Clock reads 25:61 on impossible day');
    expect(warningsFor(source)).toContainEqual({ source, line: 1, message: expect.stringMatching(/update line/) });
  });

  it('keeps an article with no update line: updated null, with a warning', () => {
    const source = 'dates/no-update-line.txt';
    expect(articleFrom(source).updated).toBeNull();
    expect(warningsFor(source).some((w) => /update/.test(w.message) && w.line !== null)).toBe(true);
  });

  it('keeps a headline with no body, with a warning on the headline line', () => {
    const source = 'shape/headline-only.txt';
    expect(articleFrom(source).headline).toBe('Marrowby lifeboat crew honoured');
    expect(warningsFor(source)).toContainEqual({ source, line: 1, message: expect.stringMatching(/no body/) });
  });

  it('keeps mixed and unclosed quotation marks as printed', () => {
    expect(textOf(articleFrom('quotes/mixed.txt'))).toContain('“Mismatched" ends „and low marks“ and «guillemets»');
    expect(textOf(articleFrom('quotes/never-closed.txt'))).toContain('And so it went on, " without end');
  });

  it('removes control characters with a warning on the first line that had one', () => {
    const source = 'control/control-chars.txt';
    // eslint-disable-next-line no-control-regex
    expect(textOf(articleFrom(source))).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(textOf(articleFrom(source))).toContain('The bell rang twice as the boats came in.');
    expect(warningsFor(source)).toContainEqual({ source, line: 3, message: expect.stringMatching(/control/) });
  });

  it('cuts over-long text at the limit with a warning, and rejects files over the size limit', () => {
    for (const source of ['size/one-megabyte-line.txt', 'size/several-megabytes.txt']) {
      const a = articleFrom(source);
      expect(textOf(a).length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
      expect(textOf(a).length).toBeGreaterThan(MAX_TEXT_CHARS * 0.8);
      const cut = warningsFor(source).find((w) => /text cut/.test(w.message));
      expect(cut?.line).toBeGreaterThan(1);
    }
    expect(report().rejected.find((x) => x.source === 'size/too-large.txt')?.reason).toMatch(/too large.*limit 4194304/);
  });

  it('names a source and a real line in every warning that has one', async () => {
    const sources = new Set(first.collection.articles.map((a) => a.source));
    for (const w of report().warnings) {
      expect(sources.has(w.source) || report().rejected.some((r) => r.source === w.source)).toBe(true);
      if (w.line === null) continue;
      const lineCount = (await readFile(path.join(folder.root, ...w.source.split('/')))).toString('latin1').split(/\r\n|\r|\n/).length;
      expect(w.line).toBeLessThanOrEqual(lineCount);
    }
  });

  it('never puts the content folder’s absolute path in the report (output must not depend on where it lives)', async () => {
    const text = await readFile(path.join(outA(), dataPaths.report), 'utf8');
    expect(text).not.toContain(folder.root);
    expect(text).not.toContain(os.tmpdir());
  });

  it('writes byte-identical output on a second run into a fresh folder', async () => {
    const list = async (dir: string) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort();
    const filesA = await list(outA());
    expect(await list(outB())).toEqual(filesA);
    for (const file of filesA) {
      const [a, b] = await Promise.all([readFile(path.join(outA(), file)), readFile(path.join(outB(), file))]);
      expect(a.equals(b), file).toBe(true);
    }
  });
});
