/**
 * The section an article belongs to comes from the first folder level under the content folder.
 */

/** `business` → `Business`, `middle-east` → `Middle East`, `` → null. */
export function sectionFromFolder(folder: string | null): string | null {
  if (folder === null) return null;
  // NFC: a folder name written decomposed (as macOS file systems store it) names the same section.
  const words = folder
    .normalize('NFC')
    .trim()
    .split(/[\s_-]+/)
    .filter((word) => word !== '');
  if (words.length === 0) return null;
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}
