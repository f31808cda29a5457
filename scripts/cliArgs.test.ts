/** The scripts' shared command-line handling (cliArgs.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCli } from './cliArgs.ts';

const options = { sizes: { type: 'string', default: 'bbc' }, runs: { type: 'string' } } as const;

describe('parseCli', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns the values, defaults filled in', () => {
    expect(parseCli(options, 'usage: x', ['--runs', '3'])).toEqual({ sizes: 'bbc', runs: '3' });
  });
  it('prints the usage and stops with 0 on --help or -h', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(parseCli(options, 'usage: x', ['--help'])).toBe(0);
    expect(parseCli(options, 'usage: x', ['-h'])).toBe(0);
    expect(log).toHaveBeenCalledWith('usage: x');
  });
  it('names a bad option with the usage and stops with 2', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(parseCli(options, 'usage: x', ['--size', 'bbc'])).toBe(2);
    expect(String(error.mock.calls[0]?.[0])).toMatch(/--size[\s\S]*usage: x/);
  });
});
