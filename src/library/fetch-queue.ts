/**
 * A small work queue for "Fetch and clean": a few jobs at once, Pause (no new job starts; those
 * running finish), Resume, and Cancel (running jobs are aborted through their signal and nothing
 * else starts; what finished stays done). Knows nothing of fetching: the job does the work.
 */

export type QueuePhase = 'running' | 'paused' | 'cancelled' | 'finished';

/** Where the queue is: `done` of `total` jobs finished, `failed` of them without success. */
export interface QueueState {
  phase: QueuePhase;
  total: number;
  done: number;
  failed: number;
  /** Jobs under way now. */
  active: number;
}

export interface Queue {
  pause(): void;
  resume(): void;
  cancel(): void;
  state(): QueueState;
  /** Settles once nothing runs any more and nothing will start: every job done, or cancelled. */
  readonly finished: Promise<QueueState>;
}

export interface QueueOptions {
  /** Jobs at once; small, so no site sees a burst and the page stays responsive. */
  concurrency?: number;
  /** Called after every change of the state (a job started or ended, pause, resume, cancel). */
  onChange?(state: QueueState): void;
}

/**
 * Starts `job` on each of `items`, `concurrency` at a time. A job resolves true when it succeeded,
 * false when it failed and null when Cancel cut it short (its item left as it was); one that throws
 * counts as failed (and is logged), so one bad item never stops the others.
 */
export function startQueue<T>(
  items: readonly T[],
  job: (item: T, signal: AbortSignal) => Promise<boolean | null>,
  opts: QueueOptions = {},
): Queue {
  const concurrency = Math.max(1, opts.concurrency ?? 3);
  const abort = new AbortController();
  const s: QueueState = { phase: 'running', total: items.length, done: 0, failed: 0, active: 0 };
  let next = 0;
  let resolve!: (state: QueueState) => void;
  const finished = new Promise<QueueState>((r) => (resolve = r));
  const snapshot = (): QueueState => ({ ...s });
  const emit = () => opts.onChange?.(snapshot());

  const settle = () => {
    if (s.active > 0) return;
    if (s.phase === 'cancelled') resolve(snapshot());
    else if (next >= items.length) {
      s.phase = 'finished';
      resolve(snapshot());
    }
  };

  const pump = () => {
    while (s.phase === 'running' && s.active < concurrency && next < items.length) {
      const item = items[next++]!;
      s.active++;
      job(item, abort.signal)
        .catch((err: unknown) => {
          console.error('Quietread: a fetch-and-clean job failed', err);
          return false;
        })
        .then((ok) => {
          s.active--;
          // A job cut short by Cancel is neither done nor failed: its item stays as it was.
          if (ok !== null) {
            s.done++;
            if (!ok) s.failed++;
          }
          pump();
          emit();
          settle();
        });
    }
    settle();
  };

  queueMicrotask(() => {
    pump();
    emit();
  });
  return {
    pause() {
      if (s.phase !== 'running') return;
      s.phase = 'paused';
      emit();
    },
    resume() {
      if (s.phase !== 'paused') return;
      s.phase = 'running';
      pump();
      emit();
    },
    cancel() {
      if (s.phase === 'cancelled' || s.phase === 'finished') return;
      s.phase = 'cancelled';
      abort.abort();
      emit();
      settle();
    },
    state: snapshot,
    finished,
  };
}
