import { describe, expect, it } from 'vitest';

import { runSlicedTasks } from '../../../src/widgets/shared/task-slices.ts';

/** Resolves after `n` zero-delay timers (in Node a message-port message is handled within a few of them). */
async function tasks(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('runSlicedTasks(slice, finish)', () => {
  it('runs nothing synchronously, then one slice per task until a slice says done, then finish once', async () => {
    const log: string[] = [];
    let slices = 0;
    runSlicedTasks(
      () => {
        slices += 1;
        log.push(`slice ${slices}`);
        return slices === 3;
      },
      () => log.push('finish'),
    );
    expect(log).toEqual([]);
    await tasks(20);
    expect(log).toEqual(['slice 1', 'slice 2', 'slice 3', 'finish']);
  });

  it('cancel() stops the chain: no further slice and no finish', async () => {
    let slices = 0;
    let finished = false;
    const chain = runSlicedTasks(
      () => {
        slices += 1;
        if (slices === 3) chain.cancel();
        return slices === 100;
      },
      () => {
        finished = true;
      },
    );
    await tasks(20);
    expect(slices).toBe(3);
    expect(finished).toBe(false);
  });

  it('cancel() before the first task runs no slice at all', async () => {
    let slices = 0;
    runSlicedTasks(
      () => {
        slices += 1;
        return true;
      },
      () => undefined,
    ).cancel();
    await tasks(5);
    expect(slices).toBe(0);
  });
});
