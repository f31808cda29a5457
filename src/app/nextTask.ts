/**
 * Resolves in a new task of the main thread, after whatever input and rendering the browser has waiting.
 * The app's start-up is several pieces of work (its modules' evaluation, restoring the page's data, React's
 * start, the hydration's commit); run back to back they are one long task, and a reader's tap or scroll on
 * the already painted page waits for all of it. `scheduler.yield()` where the browser has it (it resumes
 * ahead of other queued tasks), a zero-delay timer elsewhere.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
