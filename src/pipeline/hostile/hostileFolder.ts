/**
 * Builds a content folder full of hostile input in a temp dir, at test time: every case the ingest
 * must survive (issue 6), each with what the report should say about it. Bytes are written with
 * Buffer so encodings, BOMs and control characters are exactly what the case needs.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { IMPOSSIBLE_UPDATE_LINE, PARAGRAPHS, plainPageLines, validPageLines } from './pages.ts';

export type Expectation =
  | { outcome: 'article' }
  | { outcome: 'rejected'; reason: RegExp }
  | { outcome: 'ignored'; reason: RegExp };

export interface HostileCase {
  /** Path relative to the content folder, forward slashes; folders end in `/`. */
  source: string;
  what: string;
  expect: Expectation;
}

export interface HostileFolder {
  root: string;
  cases: HostileCase[];
  /** Every path created (files, links, FIFOs, files inside ignored or unreadable folders). */
  created: string[];
  cleanup(): Promise<void>;
}

/** Created by the integration test between listing and reading, never by the builder. */
export const VANISHING_SOURCE = 'vanish/gone-before-read.txt';
export const LOCKED_FILE = 'locked/permission-denied.txt';
export const LOCKED_FOLDER = 'locked-folder/';
export const DEEP_SOURCE = `${Array.from({ length: 40 }, (_, i) => `level-${i}`).join('/')}/deep-story.txt`;

const utf8 = (lines: readonly string[], eol = '\n') => Buffer.from(lines.join(eol), 'utf8');
const article = (): Expectation => ({ outcome: 'article' });
const rejected = (reason: RegExp): Expectation => ({ outcome: 'rejected', reason });
const ignored = (reason: RegExp): Expectation => ({ outcome: 'ignored', reason });

/** Windows-1252 bytes for the few characters the encoding test needs (everything else is ASCII). */
function cp1252(text: string): Buffer {
  const map: Record<string, number> = { '£': 0xa3, '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '€': 0x80, 'é': 0xe9, '–': 0x96 };
  return Buffer.from([...text].map((ch) => map[ch] ?? (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : 0x3f)));
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

/** Deterministic noise, so the "binary" file is the same on every run. */
function noise(length: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  bytes[0] = 0x42; // no accidental byte-order mark
  return bytes;
}

export const CP1252_LINE = 'Tickets cost £12 – “a fair price”, said the café’s owner, Ines Marlowe; ‘cheap’ at €14.';

interface FileSpec {
  source: string;
  what: string;
  bytes: Buffer;
  expect: Expectation;
}

function fileSpecs(): FileSpec[] {
  const page = validPageLines();
  const specs: FileSpec[] = [
    { source: 'good/valid-page.txt', what: 'a well-formed page-text page', bytes: utf8(page), expect: article() },
    { source: 'good/plain-page.txt', what: 'a well-formed plain page', bytes: utf8(plainPageLines()), expect: article() },
    { source: 'empty/empty.txt', what: 'an empty file', bytes: Buffer.alloc(0), expect: rejected(/empty/i) },
    { source: 'empty/blank.txt', what: 'only white space', bytes: Buffer.from(' \n\t\n\r\n   \u00a0\n'), expect: rejected(/empty/i) },
    { source: 'empty/bom-only.txt', what: 'only a byte-order mark', bytes: Buffer.from([0xef, 0xbb, 0xbf]), expect: rejected(/empty/i) },
    {
      source: 'binary/picture.txt',
      what: 'a PNG image with a .txt name',
      bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(2048)]),
      expect: rejected(/binary/i),
    },
    { source: 'binary/noise.txt', what: 'random bytes', bytes: noise(4096), expect: rejected(/binary|unsupported/i) },
    {
      source: 'binary/zeros.txt',
      what: 'mostly NUL bytes',
      bytes: Buffer.concat([Buffer.from('header'), Buffer.alloc(1000), Buffer.from('x')]),
      expect: rejected(/binary/i),
    },
    { source: 'shape/headline-only.txt', what: 'a headline with no body', bytes: utf8(['Marrowby lifeboat crew honoured', '']), expect: article() },
    // A different headline: an exact CRLF copy of the page would be rejected as a duplicate story.
    { source: 'shape/crlf.txt', what: 'CRLF line ends', bytes: utf8(validPageLines({ headline: 'Windows line ends reach Marrowby' }), '\r\n'), expect: article() },
    { source: 'shape/crlf-copy.txt', what: 'a CRLF copy of a page', bytes: utf8(page, '\r\n'), expect: rejected(/duplicate of good\/valid-page\.txt/) },
    { source: 'shape/lone-cr.txt', what: 'old Mac CR line ends', bytes: utf8(plainPageLines('Lone carriage returns survive'), '\r'), expect: article() },
    {
      source: 'bom/utf8-bom.txt',
      what: 'UTF-8 with a byte-order mark',
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(plainPageLines('Byte-order mark café opens'))]),
      expect: article(),
    },
    {
      source: 'bom/utf16le-bom.txt',
      what: 'UTF-16 LE with a byte-order mark',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plainPageLines('Little-endian café opens').join('\r\n'), 'utf16le')]),
      expect: article(),
    },
    {
      source: 'bom/utf16be-bom.txt',
      what: 'UTF-16 BE with a byte-order mark',
      bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(plainPageLines('Big-endian café opens').join('\n'))]),
      expect: article(),
    },
    {
      source: 'bom/utf16le-no-bom.txt',
      what: 'UTF-16 LE without a byte-order mark',
      bytes: Buffer.from(plainPageLines('Unmarked UTF-16 story').join('\n'), 'utf16le'),
      expect: article(),
    },
    {
      source: 'encoding/windows-1252.txt',
      what: 'Windows-1252 text with £, € and curly quotes',
      bytes: cp1252(['Marrowby café raises its prices', '', 'Prices at the harbour café went up this week.', CP1252_LINE].join('\n')),
      expect: article(),
    },
    {
      source: 'quotes/mixed.txt',
      what: 'straight, curly and single quotes mixed',
      bytes: utf8([
        'Quote styles collide in Marrowby',
        '',
        '"Straight," said Ines Marlowe, “and curly,” she added, \'and single\' too.',
        '‘Single curly’ and an apostrophe: the skipper\u2019s boat, the crews\' nets.',
        '“Mismatched" ends \u201eand low marks\u201c and «guillemets» appear too.',
      ]),
      expect: article(),
    },
    {
      source: 'quotes/never-closed.txt',
      what: 'a quotation that is never closed',
      bytes: utf8([
        'Harbour master speaks at length',
        '',
        'The harbour master, Olek Strand, began his speech with a warning.',
        '"We have not seen tides like these in forty years, and we must prepare.',
        '"The wall will hold for now, but not for ever, and nobody should think otherwise.',
        'And so it went on, " without end',
      ]),
      expect: article(),
    },
    {
      source: 'dates/impossible.txt',
      what: 'an impossible update date',
      bytes: utf8(validPageLines({ update: IMPOSSIBLE_UPDATE_LINE, headline: 'Clock reads 25:61 on impossible day' })),
      expect: article(),
    },
    {
      source: 'dates/no-update-line.txt',
      what: 'a page with no update line',
      bytes: utf8(validPageLines({ update: null, headline: 'Update line lost in archive' })),
      expect: article(),
    },
    {
      source: 'markup/html-and-script.txt',
      what: 'HTML and script markup in the text',
      bytes: utf8([
        'Markup <b>slips</b> into archive',
        '',
        '<script>alert("Marrowby")</script> appeared at the top of the page.',
        'The council said <a href="javascript:void(0)">click here</a> &amp; then left.',
        '<p onclick="steal()">A paragraph tag</p> & a stray ampersand <!-- and a comment -->',
      ]),
      expect: article(),
    },
    { source: 'dupes/first.txt', what: 'a duplicate headline (1)', bytes: utf8([...plainPageLines('Two stories, one headline'), 'Copy 1 of the headline, told differently.']), expect: article() },
    { source: 'dupes/second.txt', what: 'a duplicate headline (2)', bytes: utf8([...plainPageLines('Two stories, one headline'), 'Copy 2 of the headline, told differently.']), expect: article() },
    { source: 'dupes/nested/first.txt', what: 'a duplicate headline (3)', bytes: utf8([...plainPageLines('Two stories, one headline'), 'Copy 3 of the headline, told differently.']), expect: article() },
    { source: 'names/café à la carte.txt', what: 'accents and spaces in the name', bytes: utf8(plainPageLines('Accented file name story')), expect: article() },
    { source: 'names/港口 新闻 ✓.txt', what: 'CJK, a symbol and spaces in the name', bytes: utf8(plainPageLines('Wide file name story')), expect: article() },
    { source: 'names/UPPER CASE.TXT', what: 'an upper-case extension', bytes: utf8(plainPageLines('Upper-case extension story')), expect: article() },
    { source: DEEP_SOURCE, what: 'a file forty folders deep', bytes: utf8(plainPageLines('Deeply filed story')), expect: article() },
    {
      source: 'size/one-megabyte-line.txt',
      what: 'a 1 MB single line',
      bytes: Buffer.concat([Buffer.from('One very long line\n\n'), Buffer.from('tide '.repeat(210_000))]),
      expect: article(),
    },
    {
      source: 'size/several-megabytes.txt',
      what: 'about 3 MB of lines (under the size limit, over the text limit)',
      bytes: utf8(['Three megabytes of harbour news', '', ...Array.from({ length: 30_000 }, (_, i) => `${PARAGRAPHS[i % PARAGRAPHS.length]} (${i})`)]),
      expect: article(),
    },
    {
      source: 'size/too-large.txt',
      what: 'a 6 MB file (over the size limit)',
      bytes: Buffer.alloc(6 * 1024 * 1024, 'Too big. '),
      expect: rejected(/too large/i),
    },
    {
      source: 'control/control-chars.txt',
      what: 'control characters in the text',
      bytes: utf8([
        'Control characters in the harbour log',
        '',
        'The bell\u0007 rang twice as the boats came in.',
        'A form feed\u000c and an escape\u001b[0m and a NUL\u0000 slipped in.',
        'Vertical tab\u000b and delete\u007f and C1\u0085 too.',
      ]),
      expect: article(),
    },
    { source: LOCKED_FILE, what: 'a file without read permission', bytes: utf8(plainPageLines('Locked story')), expect: rejected(/permission denied/i) },
    { source: 'locked-folder/inside.txt', what: 'a file in a folder without read permission', bytes: utf8(plainPageLines('Story in a locked folder')), expect: article() },
    // Not sources.
    { source: '.DS_Store', what: 'a Finder metadata file', bytes: Buffer.concat([Buffer.from([0, 0, 0, 1]), Buffer.from('Bud1'), noise(256)]), expect: ignored(/hidden/i) },
    { source: 'good/._valid-page.txt', what: 'an AppleDouble resource fork with a .txt name', bytes: Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]), expect: ignored(/hidden/i) },
    { source: '.git/config', what: 'a file in a hidden folder', bytes: Buffer.from('[core]\n'), expect: ignored(/hidden/i) },
    { source: 'notes.md', what: 'a Markdown file', bytes: Buffer.from('# Notes\n'), expect: ignored(/only \.txt/i) },
    { source: 'good/picture.png', what: 'an image', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47]), expect: ignored(/only \.txt/i) },
    { source: 'good/valid-page.txt~', what: 'an editor backup', bytes: utf8(page), expect: ignored(/only \.txt/i) },
    { source: 'no-extension', what: 'a file with no extension', bytes: Buffer.from('Headline\n'), expect: ignored(/only \.txt/i) },
  ];
  return specs;
}

export async function buildHostileFolder(): Promise<HostileFolder> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'verbatim-hostile-'));
  const cases: HostileCase[] = [];
  const created: string[] = [];
  const at = (source: string) => path.join(root, ...source.split('/'));

  for (const spec of fileSpecs()) {
    await mkdir(path.dirname(at(spec.source)), { recursive: true });
    await writeFile(at(spec.source), spec.bytes);
    created.push(spec.source);
    // Files inside the hidden or locked folder are accounted for by the folder's own entry.
    if (spec.source.startsWith('.git/')) continue;
    if (spec.source.startsWith(LOCKED_FOLDER)) continue;
    cases.push({ source: spec.source, what: spec.what, expect: spec.expect });
  }
  cases.push({ source: '.git/', what: 'a hidden folder', expect: ignored(/hidden folder/i) });

  // Symbolic links: to a good file, to nothing, and back up to the root (a loop if followed).
  await mkdir(at('links'), { recursive: true });
  const links: Array<[string, string, string]> = [
    ['links/to-valid-page.txt', '../good/valid-page.txt', 'a symlink to a good file'],
    ['links/dangling.txt', '../nowhere/missing.txt', 'a dangling symlink'],
    ['links/loop', '..', 'a symlink to a parent folder'],
  ];
  for (const [source, target, what] of links) {
    try {
      await symlink(target, at(source));
      created.push(source);
      cases.push({ source, what, expect: ignored(/symbolic link/i) });
    } catch {
      // Symlinks need privileges on some systems; the case is simply absent there.
    }
  }

  // A FIFO named like a source: reading it would block for ever if the walker took it for a file.
  if (process.platform !== 'win32' && spawnSync('mkfifo', [at('pipe.txt')]).status === 0) {
    created.push('pipe.txt');
    cases.push({ source: 'pipe.txt', what: 'a FIFO with a .txt name', expect: ignored(/not a regular file/i) });
  }

  await chmod(at(LOCKED_FILE), 0o000);
  await chmod(at(LOCKED_FOLDER), 0o000);
  cases.push({ source: LOCKED_FOLDER, what: 'a folder without read permission', expect: rejected(/folder cannot be read: permission denied/i) });

  return {
    root,
    cases,
    created,
    async cleanup() {
      await chmod(at(LOCKED_FOLDER), 0o755).catch(() => undefined);
      await chmod(at(LOCKED_FILE), 0o644).catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The bytes the vanishing case has while it exists. */
export const VANISHING_BYTES = utf8(plainPageLines('Story that disappears'));
