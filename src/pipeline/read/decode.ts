/**
 * Turns a source file's bytes into clean text, or says why it cannot be read.
 *
 * Archives arrive in whatever encoding the archiver used: UTF-8 (with or without a byte-order mark),
 * UTF-16 (with a BOM, or without one when the text is plainly UTF-16), or Windows-1252 / Latin-1 (where
 * `£` and curly quotes are single bytes). Binary files and oversized files are rejected with a reason
 * rather than parsed into garbage. The result always has LF line ends, no BOM and no control characters
 * other than tab and LF, so every later stage can count lines the way the report states them.
 *
 * Size policy (bounded time and memory):
 * - files over MAX_FILE_BYTES (4 MiB) are rejected: no article is that long, and they are not even read
 *   into memory (see readSource.ts);
 * - decoded text over MAX_TEXT_CHARS (200,000) is cut at the last line break before the limit, with a
 *   warning that names the line, so parsing and enrichment time stay bounded.
 */
import type { Warning } from '../types.ts';

/** Larger files are rejected: no real article is this long, and parsing must stay bounded. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Text beyond this many characters is cut (with a warning) so enrichment time stays bounded. */
export const MAX_TEXT_CHARS = 200_000;
/** Bytes looked at to tell text from binary. */
const SAMPLE_BYTES = 8192;
/** Share of control bytes (NUL included; tab, line ends and form feed excluded) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.05;
/** Windows-1252 text is mostly ASCII; a higher share of high bytes means another encoding or binary data. */
const MAX_HIGH_BYTE_SHARE = 0.3;

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: Warning[] }
  | { ok: false; reason: string };

export function tooLargeReason(size: number, limit = MAX_FILE_BYTES, atLeast = false): string {
  return `file too large: ${atLeast ? 'more than ' : ''}${atLeast ? limit : size} bytes (limit ${limit}; see docs/ingest-robustness.md)`;
}

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: tooLargeReason(bytes.length) };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const warnings: Warning[] = [];
  let text = decoded.text;
  if (decoded.note) warnings.push({ line: decoded.noteAt === null ? null : lineAt(text, decoded.noteAt), message: decoded.note });

  text = text.replace(/\r\n?/g, '\n');
  // A second byte-order mark (files concatenated, or a BOM written twice) is not text either.
  while (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const controls = countControls(text);
  if (controls.count > 0) {
    warnings.push({ line: controls.firstLine, message: `removed ${controls.count} control character(s)` });
    text = text.replace(CONTROL_CHARS, '');
  }
  if (text.length > MAX_TEXT_CHARS) {
    const cut = cutPoint(text, MAX_TEXT_CHARS);
    const line = lineAt(text, cut);
    warnings.push({
      line,
      message: `text cut at line ${line} (${cut} characters; limit ${MAX_TEXT_CHARS}, file has ${text.length})`,
    });
    text = text.slice(0, cut);
  }
  return { ok: true, text, encoding: decoded.encoding, warnings };
}

type Decoded =
  | { ok: true; text: string; encoding: string; note?: string; noteAt: number | null }
  | { ok: false; reason: string };

function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, reason: 'unsupported encoding: UTF-32 (save the file as UTF-8)' };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUnicode(bytes.subarray(3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUnicode(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUnicode(bytes.subarray(2), 'utf-16be');

  const signature = binarySignature(bytes);
  if (signature) return { ok: false, reason: `binary file (${signature}), not text` };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeUnicode(bytes, utf16, 'no byte-order mark: decoded as UTF-16 from its zero bytes');
  if (controlShare(bytes) > MAX_CONTROL_SHARE) {
    return { ok: false, reason: 'binary file: too many control bytes to be text' };
  }

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', noteAt: null };
  if (highByteShare(bytes) > MAX_HIGH_BYTE_SHARE) {
    return { ok: false, reason: 'binary file or unsupported encoding: not UTF-8, and too few ASCII bytes for Windows-1252' };
  }
  // Windows-1252 maps one byte to one character, so the byte offset is also the text offset.
  return {
    ok: true,
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    note: 'not valid UTF-8: decoded as Windows-1252',
    noteAt: firstInvalidUtf8(bytes),
  };
}

/** Strict UTF-8 (the native decoder is much faster than any check in JavaScript), or null. */
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The 32 characters where Windows-1252 differs from Latin-1 (bytes 0x80–0x9F): `€`, curly quotes,
 * dashes … Five bytes are undefined and stay C1 controls (then removed as control characters).
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decoded by hand: Node 20's TextDecoder('windows-1252') decodes as Latin-1, turning curly quotes and
 * `€` into invisible C1 controls.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    let chunk = '';
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      chunk += b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(chunk);
  }
  return parts.join('');
}

/** Unicode with a known encoding: decoded leniently, with a warning if any sequence was broken. */
function decodeUnicode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', note?: string): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  const broken = text.indexOf('\ufffd');
  if (broken >= 0 && !hasReplacementCharacterOnPurpose(bytes, encoding)) {
    return { ok: true, text, encoding, note: `${note ? `${note}; ` : ''}invalid ${encoding} replaced with U+FFFD`, noteAt: broken };
  }
  return note ? { ok: true, text, encoding, note, noteAt: null } : { ok: true, text, encoding, noteAt: null };
}

/** A U+FFFD that the file really contains is not a decoding problem. */
function hasReplacementCharacterOnPurpose(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['Office 97 document', [0xd0, 0xcf, 0x11, 0xe0]],
];

function binarySignature(bytes: Uint8Array): string | null {
  for (const [name, magic] of SIGNATURES) if (startsWith(bytes, magic)) return name;
  return null;
}

/**
 * UTF-16 without a BOM shows as a zero byte in every other position (for Latin text). Requires most
 * characters to look like that, so a stray NUL in UTF-8 text never qualifies.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES & ~1);
  if (sample.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.length === 0) return 0;
  let controls = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) controls++;
  return controls / sample.length;
}

function highByteShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, SAMPLE_BYTES * 8);
  let high = 0;
  for (const byte of sample) if (byte >= 0x80) high++;
  return sample.length === 0 ? 0 : high / sample.length;
}

/** Index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const rule = utf8LeadRule(b);
    if (!rule) return i;
    const [need, min, max] = rule;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** For a UTF-8 lead byte: how many continuation bytes follow, and the allowed range of the first one. */
function utf8LeadRule(b: number): [need: number, min: number, max: number] | null {
  if (b >= 0xc2 && b <= 0xdf) return [1, 0x80, 0xbf];
  if (b === 0xe0) return [2, 0xa0, 0xbf]; // no overlong forms
  if (b === 0xed) return [2, 0x80, 0x9f]; // no surrogates
  if (b >= 0xe1 && b <= 0xef) return [2, 0x80, 0xbf];
  if (b === 0xf0) return [3, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [3, 0x80, 0xbf];
  if (b === 0xf4) return [3, 0x80, 0x8f]; // nothing above U+10FFFF
  return null;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function countControls(text: string): { count: number; firstLine: number | null } {
  if (!HAS_CONTROL.test(text)) return { count: 0, firstLine: null };
  let count = 0;
  let firstLine: number | null = null;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) line++;
    else if ((code < 32 && code !== 9) || (code >= 0x7f && code <= 0x9f)) {
      count++;
      firstLine ??= line;
    }
  }
  return { count, firstLine };
}

/** 1-based line of a text offset, counting CRLF, CR and LF each as one line break. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) line++;
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

/**
 * Where to cut over-long text: after the last line break in the final tenth before the limit, so no
 * paragraph is cut mid-word; else at the limit, but never between the two halves of a surrogate pair.
 */
function cutPoint(text: string, limit: number): number {
  const lastBreak = text.lastIndexOf('\n', limit - 1);
  if (lastBreak >= limit * 0.9) return lastBreak + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
