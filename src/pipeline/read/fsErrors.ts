/**
 * File-system errors as short, stable reasons for the ingest report. Reasons name the error code but
 * never the absolute path, so report.json does not depend on where the content folder lives.
 */
const REASONS: Record<string, string> = {
  ENOENT: 'not found when read (it vanished after listing, or its name is not valid UTF-8)',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: operation not permitted',
  ELOOP: 'became a symbolic link after listing: not followed',
  EISDIR: 'became a folder after listing',
  ENOTDIR: 'a folder on its path was replaced after listing',
  EMFILE: 'cannot be read: too many open files',
  ENFILE: 'cannot be read: too many open files',
  EIO: 'cannot be read: input/output error',
  EAGAIN: 'cannot be read: resource temporarily unavailable',
  ENAMETOOLONG: 'cannot be read: path too long',
};

/** `{ code }` when the error has one (for spreading into a failure record), else nothing. */
export function errorCode(error: unknown): { code?: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? { code } : {};
}

/**
 * Codes that say a file or folder is gone, or is no longer what was listed: its sources are really not there.
 * Any other code (permission, I/O, too many open files …) may be passing: what was published from it is kept.
 */
const GONE = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'EISDIR']);

export function isPassingFailure(code: string | undefined): boolean {
  return code !== undefined && !GONE.has(code);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  if (code) return `cannot be read (${code})`;
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}
