import { afterEach, describe, expect, it } from 'vitest';
import { nextTask } from './nextTask';

const global = globalThis as { scheduler?: unknown };

describe('nextTask', () => {
  afterEach(() => {
    delete global.scheduler;
  });

  it('resumes in a later task, not in the current one (a promise job queued after it runs first)', async () => {
    const order: string[] = [];
    const waited = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('same task'));
    await waited;
    expect(order).toEqual(['same task', 'next task']);
  });

  it('uses scheduler.yield() where the browser has it', async () => {
    let yielded = 0;
    global.scheduler = {
      yield: () => {
        yielded++;
        return new Promise<void>((resolve) => setTimeout(resolve, 0));
      },
    };
    await nextTask();
    expect(yielded).toBe(1);
  });
});
