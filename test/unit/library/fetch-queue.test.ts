/** The fetch-and-clean queue: a few jobs at once, pause, resume and cancel, failures counted. */
import { describe, expect, it } from 'vitest';
import { startQueue, type QueueState } from '../../../src/library/fetch-queue';

/** A job per item that waits until the test lets it end, so the test decides the order. */
function gatedJobs() {
  const started: number[] = [];
  const gates = new Map<number, (ok: boolean | null) => void>();
  const aborted: number[] = [];
  const job = (n: number, signal: AbortSignal) =>
    new Promise<boolean | null>((resolve) => {
      let ended = false;
      started.push(n);
      gates.set(n, (ok) => {
        ended = true;
        resolve(ok);
      });
      signal.addEventListener('abort', () => {
        if (ended) return;
        aborted.push(n);
        resolve(null);
      });
    });
  const finish = async (n: number, ok = true) => {
    gates.get(n)!(ok);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { started, aborted, job, finish };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('fetch queue', () => {
  it('runs at most `concurrency` jobs at once and finishes with every job counted', async () => {
    const g = gatedJobs();
    const states: QueueState[] = [];
    const q = startQueue([1, 2, 3, 4, 5], g.job, { concurrency: 2, onChange: (s) => states.push(s) });
    await tick();
    expect(g.started).toEqual([1, 2]);
    await g.finish(1);
    expect(g.started).toEqual([1, 2, 3]);
    await g.finish(2, false);
    await g.finish(3);
    await g.finish(4);
    await g.finish(5);
    const end = await q.finished;
    expect(end).toMatchObject({ phase: 'finished', total: 5, done: 5, failed: 1, active: 0 });
    expect(Math.max(...states.map((s) => s.active))).toBe(2);
    // Progress only goes up, one job at a time.
    const dones = states.map((s) => s.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  it('starts nothing new while paused, and goes on after resume', async () => {
    const g = gatedJobs();
    const q = startQueue([1, 2, 3, 4], g.job, { concurrency: 2 });
    await tick();
    q.pause();
    await g.finish(1);
    await g.finish(2);
    expect(g.started).toEqual([1, 2]);
    expect(q.state()).toMatchObject({ phase: 'paused', done: 2, active: 0 });
    q.resume();
    await tick();
    expect(g.started).toEqual([1, 2, 3, 4]);
    await g.finish(3);
    await g.finish(4);
    expect(await q.finished).toMatchObject({ phase: 'finished', done: 4 });
  });

  it('cancel aborts the running jobs, starts no other and keeps what was done', async () => {
    const g = gatedJobs();
    const q = startQueue([1, 2, 3, 4, 5], g.job, { concurrency: 2 });
    await tick();
    await g.finish(1);
    q.cancel();
    const end = await q.finished;
    expect(end).toMatchObject({ phase: 'cancelled', total: 5, done: 1, failed: 0, active: 0 });
    expect(g.aborted.sort()).toEqual([2, 3]);
    expect(g.started).toEqual([1, 2, 3]);
  });

  it('cancel while paused settles at once', async () => {
    const g = gatedJobs();
    const q = startQueue([1, 2, 3], g.job, { concurrency: 1 });
    await tick();
    q.pause();
    await g.finish(1);
    q.cancel();
    expect(await q.finished).toMatchObject({ phase: 'cancelled', done: 1 });
    expect(g.started).toEqual([1]);
  });

  it('counts a job that throws as failed and goes on with the others', async () => {
    const seen: number[] = [];
    const q = startQueue(
      [1, 2, 3],
      async (n) => {
        seen.push(n);
        if (n === 2) throw new Error('a bug');
        return true;
      },
      { concurrency: 1 },
    );
    expect(await q.finished).toMatchObject({ phase: 'finished', done: 3, failed: 1 });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('finishes at once with nothing to do', async () => {
    const q = startQueue([], async () => true);
    expect(await q.finished).toMatchObject({ phase: 'finished', total: 0, done: 0 });
  });
});
