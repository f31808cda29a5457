import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSource, decodeWindows1252, firstInvalidUtf8, MAX_FILE_BYTES, MAX_TEXT_CHARS } from './decode.ts';

const ok = (bytes: Uint8Array) => {
  const result = decodeSource(bytes);
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result;
};

describe('decodeSource', () => {
  it('reads UTF-8 with and without a BOM the same way', () => {
    const plain = ok(Buffer.from('Quay café\nSecond line'));
    const bom = ok(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Quay café\nSecond line')]));
    expect(bom.text).toBe(plain.text);
    expect(bom.text).toBe('Quay café\nSecond line');
  });

  it('reads UTF-16 with a BOM in either byte order, and UTF-16 LE without one', () => {
    const text = 'Harbour “news” £5\r\nNext';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(ok(le).text).toBe('Harbour “news” £5\nNext');
    expect(ok(be).text).toBe('Harbour “news” £5\nNext');
    const bare = ok(Buffer.from('Plain harbour news\nline two', 'utf16le'));
    expect(bare.text).toBe('Plain harbour news\nline two');
    expect(bare.warnings[0]?.message).toMatch(/UTF-16/);
  });

  it('decodes Windows-1252 (not Latin-1): curly quotes, dashes, € and £', () => {
    const bytes = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xa3, 0x36, 0x20, 0x92]);
    const result = ok(Buffer.concat([Buffer.from('First line\n'), bytes]));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe('First line\n“Hi” – €5 £6 ’');
    expect(result.warnings).toEqual([{ line: 2, message: 'not valid UTF-8: decoded as Windows-1252' }]);
  });

  it('normalises CRLF and lone CR to LF', () => {
    expect(ok(Buffer.from('a\r\nb\rc\nd')).text).toBe('a\nb\nc\nd');
  });

  it('removes control characters (a stray NUL included) and names the first line that had one', () => {
    const result = ok(Buffer.from('clean\nclean\nbell\u0007 and nul\u0000 here\nform\u000cfeed'));
    expect(result.text).toBe('clean\nclean\nbell and nul here\nformfeed');
    expect(result.warnings).toEqual([{ line: 3, message: 'removed 3 control character(s)' }]);
  });

  it('rejects binary files with a reason', () => {
    expect(decodeSource(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({
      ok: false,
      reason: expect.stringMatching(/binary.*PNG/),
    });
    expect(decodeSource(Buffer.concat([Buffer.from('abc'), Buffer.alloc(500)]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    const noisy = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256));
    noisy[0] = 0x41;
    expect(decodeSource(noisy).ok).toBe(false);
  });

  it('rejects UTF-32 as unsupported rather than guessing', () => {
    expect(decodeSource(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toMatchObject({ ok: false, reason: expect.stringMatching(/UTF-32/) });
  });

  it('rejects files over the size limit', () => {
    const result = decodeSource(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/too large/) });
  });

  it('cuts long text at a line break before the limit, with the line in the warning', () => {
    const line = 'x'.repeat(99) + '\n';
    const result = ok(Buffer.from(line.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / line.length))));
    expect(result.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(result.text.endsWith('\n')).toBe(true);
    expect(result.warnings[0]?.line).toBe(result.text.length / line.length + 1);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const result = ok(Buffer.from('🌊'.repeat(MAX_TEXT_CHARS)));
    expect(result.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    // A lone high surrogate at the end would be half a character.
    expect(result.text.charCodeAt(result.text.length - 1)).not.toBe(0xd83c);
    expect(result.text).toBe('🌊'.repeat(result.text.length / 2));
  });

  it('never throws and always gives clean text or a reason, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const result = decodeSource(bytes);
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(0);
          return;
        }
        // eslint-disable-next-line no-control-regex
        expect(result.text).not.toMatch(/[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
        expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
        for (const w of result.warnings) expect(w.line === null || (Number.isInteger(w.line) && w.line > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with a fatal TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) < 0).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeWindows1252', () => {
  it('maps every byte to one character', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text[0x41]).toBe('A');
    expect(text[0xe9]).toBe('é');
    expect(text[0x85]).toBe('…');
  });
});
