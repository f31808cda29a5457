/**
 * Turns a source file's bytes into clean text, or says why it cannot be read.
 *
 * Archives arrive in whatever encoding the archiver used: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a BOM, or Windows-1252 / Latin-1 (where `£` and curly quotes are single bytes). Binary
 * files and oversized files are rejected with a reason rather than parsed into garbage.
 */
import type { Warning } from '../types.ts';

/** Larger files are rejected: no real article is this long, and parsing must stay bounded. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Text beyond this many characters is cut (with a warning) so enrichment time stays bounded. */
export const MAX_TEXT_CHARS = 200_000;

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: Warning[] }
  | { ok: false; reason: string };

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `file too large: ${bytes.length} bytes (limit ${MAX_FILE_BYTES})` };
  }
  const warnings: Warning[] = [];
  const decoded = decodeBytes(bytes);
  if (!decoded) return { ok: false, reason: 'binary file: not text in any supported encoding' };
  let text = decoded.text;
  if (decoded.encoding === 'windows-1252') {
    warnings.push({ line: null, message: 'not valid UTF-8: decoded as Windows-1252' });
  }
  text = text.replace(/\r\n?/g, '\n');
  const controls = countControls(text);
  if (controls.count > 0) {
    warnings.push({ line: controls.firstLine, message: `removed ${controls.count} control character(s)` });
    // eslint-disable-next-line no-control-regex
    text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  }
  if (text.length > MAX_TEXT_CHARS) {
    const line = text.slice(0, MAX_TEXT_CHARS).split('\n').length;
    warnings.push({ line, message: `text cut at ${MAX_TEXT_CHARS} characters (file has ${text.length})` });
    text = text.slice(0, MAX_TEXT_CHARS);
  }
  return { ok: true, text, encoding: decoded.encoding, warnings };
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** NUL bytes, or many other control bytes, mean this is not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}

function countControls(text: string): { count: number; firstLine: number | null } {
  let count = 0;
  let firstLine: number | null = null;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) line++;
    else if ((code < 32 && code !== 9) || code === 127) {
      count++;
      firstLine ??= line;
    }
  }
  return { count, firstLine };
}
