/**
 * Reads source files' bytes without ever throwing and without ever holding more than the size limit
 * of one file: anything can happen between listing and reading (a file vanishes, loses its
 * permissions, grows, is swapped for a link or a FIFO), and each of those costs that file only.
 */
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { MAX_FILE_BYTES, tooLargeReason } from './decode.ts';
import { describeFsError, errorCode } from './fsErrors.ts';
import type { ContentEntry } from './walk.ts';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string; code?: string };

/** Files read at once: enough to keep the disk busy, far below any open-file limit. */
export const READ_CONCURRENCY = 32;
const CHUNK_BYTES = 64 * 1024;

// Not following links (the listing already ignores them) and never blocking on a FIFO that replaced a
// file. Both flags are 0 where the platform lacks them.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export async function readSource(absolute: string, limit = MAX_FILE_BYTES): Promise<ReadResult> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(absolute, OPEN_FLAGS);
    const info: Stats = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'not a regular file when read (replaced after listing)' };
    if (info.size > limit) return { ok: false, reason: tooLargeReason(info.size, limit) };
    return await readBounded(handle, Math.max(info.size, 0), limit);
  } catch (error) {
    return { ok: false, reason: `file ${describeFsError(error)}`, ...errorCode(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Reads to the end, but stops one byte past the limit: a file may grow after `stat`, or lie about its size. */
async function readBounded(handle: FileHandle, expected: number, limit: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(Math.max(expected - total, CHUNK_BYTES), limit + 1 - total);
    if (want <= 0) break;
    const chunk = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(chunk, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === want ? chunk : chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  if (total > limit) return { ok: false, reason: tooLargeReason(total, limit, true) };
  return { ok: true, bytes: ownBytes(chunks, total) };
}

/**
 * The bytes in a buffer of their own and of their size. A read buffer is at least 64 KB (or a slice of
 * Node's shared pool), and a view into it keeps all of it: a worker message copies a view's whole buffer,
 * so a 2 KB story cost 64 KB in the worker (640 MB of a 10k ingest's 1.2 GB peak).
 */
function ownBytes(chunks: readonly Buffer[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

export type LoadedSource = ContentEntry & ReadResult;

/** Reads every entry, a bounded number at a time; results keep the entries' order. */
export async function readSources(entries: readonly ContentEntry[]): Promise<LoadedSource[]> {
  const results: LoadedSource[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const index = next++;
      const entry = entries[index]!;
      results[index] = { ...entry, ...(await readSource(entry.absolute)) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, entries.length) }, worker));
  return results;
}
