/**
 * A contender for an out dir's lock, for lock.test.ts: prints `acquired` or `refused`, and if it holds the
 * lock keeps it until its stdin closes, so the test decides when it lets go (no timing involved).
 *   tsx src/pipeline/hostile/lockContender.ts <out-dir>
 */
import { acquireLock, LockError } from '../write/lock.ts';

const outDir = process.argv[2]!;
try {
  const release = await acquireLock(outDir);
  process.stdout.write('acquired\n');
  process.stdin.resume();
  await new Promise((resolve) => process.stdin.on('end', resolve));
  await release();
} catch (error) {
  if (!(error instanceof LockError)) throw error;
  process.stdout.write('refused\n');
}
