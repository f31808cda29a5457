import { describe, expect, it } from 'vitest';
import { DevRebuilder, type TwoPhasePipeline } from './devRebuild.ts';
import type { EditedResult, IngestResult } from './ingest.ts';

function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A pipeline whose runs wait until the test lets them finish, and that records what it was asked and
 * whether two calls ever overlapped.
 */
class FakePipeline implements TwoPhasePipeline {
  readonly calls: string[] = [];
  overlapped = false;
  private busy = false;
  /** Each full run waits on the next gate the test opens (`finishRun`) and reports its stale() answer there. */
  private gates: Array<ReturnType<typeof deferred<void>>> = [];
  private entered = deferred();
  editedAnswer: (paths: readonly string[]) => EditedResult = () => ({ done: true, articles: [], written: ['articles/x.json'], timings: { readMs: 1, linkMs: 1, writeMs: 1, totalMs: 3 } });
  runFails = false;

  async edited(paths: readonly string[]): Promise<EditedResult> {
    this.enter();
    this.calls.push(`edited ${paths.join('+')}`);
    await Promise.resolve();
    this.busy = false;
    return this.editedAnswer(paths);
  }

  async runUnlessStale(stale: () => boolean): Promise<IngestResult | null> {
    this.enter();
    this.calls.push('run');
    const gate = deferred();
    this.gates.push(gate);
    this.entered.resolve();
    await gate.promise;
    this.busy = false;
    if (this.runFails) {
      this.runFails = false;
      throw new Error('disk full');
    }
    if (stale()) {
      this.calls.push('run stopped');
      return null;
    }
    return { report: { read: 1 } } as unknown as IngestResult;
  }

  /** Waits until a full run is waiting, then lets it finish. */
  async finishRun(): Promise<void> {
    await this.running();
    this.entered = deferred();
    this.gates.shift()!.resolve();
  }

  /** Settles once a full run has started and waits. */
  async running(): Promise<void> {
    if (this.gates.length === 0) await this.entered.promise;
  }

  private enter(): void {
    if (this.busy) this.overlapped = true;
    this.busy = true;
  }
}

async function started(): Promise<{ fake: FakePipeline; rebuilder: DevRebuilder; events: string[] }> {
  const fake = new FakePipeline();
  const events: string[] = [];
  const rebuilder = new DevRebuilder(fake, {
    visible: (_r, paths) => events.push(`visible ${paths.join('+')}`),
    skipped: (reason) => events.push(`skipped: ${reason}`),
    consistent: () => events.push('consistent'),
    restarted: () => events.push('restarted'),
    failed: (_e, phase) => events.push(`failed ${phase}`),
  });
  rebuilder.start();
  await fake.finishRun();
  await rebuilder.idle();
  return { fake, rebuilder, events };
}

describe('DevRebuilder: two phases, one at a time', () => {
  it('an edit: phase 1, then the full run; the edit is visible before the full run ends', async () => {
    const { fake, rebuilder, events } = await started();
    rebuilder.changed(['politics/a.txt']);
    await fake.running();
    // The full run has not finished, and a data request no longer waits for it.
    await rebuilder.ready();
    expect(events).toEqual(['consistent', 'visible politics/a.txt']);
    await fake.finishRun();
    await rebuilder.idle();
    expect(fake.calls).toEqual(['run', 'edited politics/a.txt', 'run']);
    expect(events.at(-1)).toBe('consistent');
    expect(fake.overlapped).toBe(false);
  });

  it('an edit during the full run stops it; that edit gets its phase 1, and the full run starts again', async () => {
    const { fake, rebuilder, events } = await started();
    rebuilder.changed(['politics/a.txt']);
    await fake.running();
    rebuilder.changed(['world/b.txt']);
    rebuilder.changed(['world/c.txt']);
    await fake.finishRun();
    await fake.finishRun();
    await rebuilder.idle();
    expect(fake.calls).toEqual(['run', 'edited politics/a.txt', 'run', 'run stopped', 'edited world/b.txt+world/c.txt', 'run']);
    expect(events).toEqual(['consistent', 'visible politics/a.txt', 'restarted', 'visible world/b.txt+world/c.txt', 'consistent']);
    expect(fake.overlapped).toBe(false);
  });

  it('a change phase 1 cannot take waits for the full run, which still follows', async () => {
    const { fake, rebuilder, events } = await started();
    fake.editedAnswer = () => ({ done: false, reason: 'an addition' });
    rebuilder.changed(['world/new.txt']);
    await fake.running();
    let ready = false;
    void rebuilder.ready().then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    await fake.finishRun();
    await rebuilder.idle();
    expect(ready).toBe(true);
    expect(events).toEqual(['consistent', 'skipped: an addition', 'consistent']);
  });

  it('a failed full run is reported and the next edit is rebuilt', async () => {
    const { fake, rebuilder, events } = await started();
    fake.runFails = true;
    rebuilder.changed(['politics/a.txt']);
    await fake.finishRun();
    await rebuilder.idle();
    rebuilder.changed(['politics/a.txt']);
    await fake.finishRun();
    await rebuilder.idle();
    expect(events).toEqual(['consistent', 'visible politics/a.txt', 'failed 2', 'visible politics/a.txt', 'consistent']);
  });
});
