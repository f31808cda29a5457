/**
 * The dev server's rebuilds, in two phases, one at a time. After an edit, phase 1 ("the edit visible",
 * Pipeline.edited) writes the edited stories' own files from the last link; phase 2 ("the archive
 * consistent", Pipeline.run) follows at once and brings every file to what a cold build writes. Nothing
 * runs beside anything else: both write the same folder. An edit that arrives during phase 2 stops it at
 * its next checkpoint (Pipeline.runUnlessStale), gets its own phase 1, and phase 2 starts again over the
 * whole folder, so it covers every change so far. A change phase 1 cannot take (an addition, a removal, a
 * new headline …) goes to phase 2 alone, which is the full incremental run the dev server always had.
 */
import type { EditedResult, IngestResult } from './ingest.ts';

/** What the rebuilder drives (a Pipeline; a fake in tests). */
export interface TwoPhasePipeline {
  edited(paths: readonly string[]): Promise<EditedResult>;
  runUnlessStale(stale: () => boolean): Promise<IngestResult | null>;
}

export interface RebuildEvents {
  /** Phase 1 wrote the edited stories (why: the changed paths); the dev server reloads the page. */
  visible?(result: Extract<EditedResult, { done: true }>, paths: readonly string[]): void;
  /** Phase 1 could not be used for these paths: the full run shows them. */
  skipped?(reason: string, paths: readonly string[]): void;
  /** A full run completed: the output is what a cold build of the sources it read writes. */
  consistent?(result: IngestResult, why: string): void;
  /** A full run stopped for a newer edit (it starts again after that edit's phase 1). */
  restarted?(): void;
  failed?(error: unknown, phase: 1 | 2): void;
}

export class DevRebuilder {
  private readonly pending = new Set<string>();
  /** A full run is owed (a change seen since the last one completed, or the first run). */
  private owed = false;
  private why = 'initial';
  private loop: Promise<void> | undefined;
  /** Settles when the latest changes can be seen: after their phase 1, or their full run when phase 1 was not used. */
  private visibleNow: Promise<void> = Promise.resolve();
  private markVisible: (() => void) | undefined;

  constructor(
    private readonly pipeline: TwoPhasePipeline,
    private readonly events: RebuildEvents = {},
  ) {}

  /** The first run (a full one). */
  start(): void {
    this.owed = true;
    this.waitForVisible();
    this.kick();
  }

  /** Files changed (absolute or content-relative paths, as the watcher reports them). */
  changed(paths: readonly string[], why = paths.join(', ')): void {
    for (const p of paths) this.pending.add(p);
    this.why = why;
    this.waitForVisible();
    this.kick();
  }

  /** What a request for data waits for: the latest edit visible (not the whole archive caught up). */
  ready(): Promise<void> {
    return this.visibleNow;
  }

  /** Settles when nothing is pending or running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.loop) await this.loop;
  }

  private waitForVisible(): void {
    if (this.markVisible) return;
    this.visibleNow = new Promise((resolve) => (this.markVisible = resolve));
  }

  private showVisible(): void {
    // Only once nothing newer waits: a request then sees the latest edit, not one before it.
    if (this.pending.size > 0) return;
    this.markVisible?.();
    this.markVisible = undefined;
  }

  private kick(): void {
    this.loop ??= this.drain().finally(() => {
      this.loop = undefined;
      // A change that arrived as the loop was ending.
      if (this.pending.size > 0 || this.owed) this.kick();
    });
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (this.pending.size > 0) {
        const paths = [...this.pending];
        this.pending.clear();
        this.owed = true;
        try {
          const result = await this.pipeline.edited(paths);
          if (result.done) {
            this.events.visible?.(result, paths);
            this.showVisible();
          } else {
            this.events.skipped?.(result.reason, paths);
          }
        } catch (error) {
          this.events.failed?.(error, 1);
        }
        continue;
      }
      if (!this.owed) return;
      const why = this.why;
      let result: IngestResult | null;
      try {
        result = await this.pipeline.runUnlessStale(() => this.pending.size > 0);
      } catch (error) {
        // The pipeline links in full next time (ingest.ts); the page shows what is there.
        this.owed = false;
        this.events.failed?.(error, 2);
        this.showVisible();
        continue;
      }
      if (result === null) {
        this.events.restarted?.();
        continue;
      }
      // Changes made during the run were stopped for; none came after its last checkpoint, or they wait in
      // `pending` and owe another run.
      this.owed = false;
      this.events.consistent?.(result, why);
      this.showVisible();
    }
  }
}
