/**
 * Parse stage entry: detect the input format of one decoded file and hand it to that format's parser.
 * Never throws: any string in gives a ParseResult out (a parser bug becomes a rejection with its reason).
 */
import type { SourceFile } from '../types.ts';
import type { ParseResult } from './result.ts';
import { detectFormat } from './detectFormat.ts';
import { splitLines } from './lines.ts';
import { parsePageText } from './page-text/index.ts';
import { parsePlain } from './plain.ts';

export type { ParseResult } from './result.ts';

export function parseSource(file: SourceFile): ParseResult {
  try {
    const text = typeof file.text === 'string' ? file.text : '';
    const lines = splitLines(text);
    if (lines.every((line) => line.text === '')) return { ok: false, reason: 'empty file: no headline' };
    return detectFormat(lines) === 'page-text' ? parsePageText(file, lines) : parsePlain(file, lines);
  } catch (error) {
    return { ok: false, reason: `parser error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export { detectFormat } from './detectFormat.ts';
