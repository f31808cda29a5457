/**
 * Reads the collection settings file (`site.json` at the top of the content folder). Absent: the defaults.
 * Present but unreadable, not JSON or not the schema: a SiteSettingsError naming the file (and the line of a
 * JSON syntax error, or the field that is wrong), which stops the build — a site must not ship the wrong
 * name or footer silently.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SiteSettingsFileSchema, type SiteSettings } from '../../content/schema.ts';
import { SITE_SETTINGS_FILE, withDefaults } from '../../content/siteSettings.ts';

export class SiteSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteSettingsError';
  }
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Section names by folder, from site.json's `sections` (empty when the file or the field is absent). */
export type SectionNames = Readonly<Record<string, string | null>>;

export async function readSiteSettings(contentDir: string): Promise<SiteSettings> {
  return (await readSiteFile(contentDir)).settings;
}

export async function readSiteFile(contentDir: string): Promise<{ settings: SiteSettings; sections: SectionNames }> {
  const file = path.join(contentDir, SITE_SETTINGS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: withDefaults(null), sections: {} };
    throw new SiteSettingsError(`${file}: cannot be read (${(error as Error).message})`);
  }
  return parseSiteFile(text.replace(/^\uFEFF/, ''), file);
}

export function parseSiteSettings(text: string, file: string): SiteSettings {
  return parseSiteFile(text, file).settings;
}

export function parseSiteFile(text: string, file: string): { settings: SiteSettings; sections: SectionNames } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = /line (\d+)/.exec(message)?.[1] ?? (position ? String(lineAt(text, Number(position[1]))) : null);
    throw new SiteSettingsError(`${file}${line ? `:${line}` : ''}: not valid JSON (${message})`);
  }
  const parsed = SiteSettingsFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new SiteSettingsError(`${file}: ${problems.join('; ')}`);
  }
  return { settings: withDefaults(parsed.data), sections: parsed.data.sections ?? {} };
}
