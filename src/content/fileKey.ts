/**
 * A term prefix as a file name: `a`–`z` and `0`–`9` stand for themselves, any other letter is written as
 * `_<hex code point>_`, so every key is a safe URL path segment on any static host. Names Windows reserves
 * for devices (`con`, `aux`, `nul`, `com1` …) get a trailing `_`: a build made or deployed from Windows
 * could not write `con.json`.
 */
export function fileKey(prefix: string): string {
  let key = '';
  for (const char of prefix) key += /[a-z0-9]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`;
  return WINDOWS_DEVICE_NAMES.test(key) ? `${key}_` : key;
}

const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
