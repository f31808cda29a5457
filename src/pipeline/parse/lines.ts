/**
 * Line splitting shared by both parsers. Every line keeps its 1-based number so warnings can point at it.
 * HTML character references are decoded here, so every later stage (headline, body, names, quote offsets)
 * works on the characters the reader sees.
 */
import { decodeEntities } from './entities.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  number: number;
  /** The line without its line ending, entities decoded, trimmed (including no-break spaces at either end). */
  text: string;
}

/** Split decoded text into numbered lines; tolerates CRLF, lone CR and a stray byte-order mark; decodes `&eacute;`, `&#244;`. */
export function splitLines(text: string): SourceLine[] {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/).map((raw, index) => ({ number: index + 1, text: decodeEntities(raw).trim() }));
}

/**
 * A form of a line for *matching* only: no-break spaces (and their Latin-1 mojibake `Â\u00a0`) become plain
 * spaces and runs of white space collapse. Output text always comes from the original line.
 */
export function normaliseForMatching(text: string): string {
  return text.replace(/\u00c2\u00a0/g, ' ').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}
