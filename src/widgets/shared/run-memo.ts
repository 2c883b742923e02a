/**
 * What the training widgets (reward-margins, dpo-trainer, rm-training) remember of their runs, across elements
 * and between the element, its model and its equations:
 *
 * - **problems and finished runs by key**, in caches of bounded size that drop their oldest entry
 *   ({@link rememberBounded}): a run trained to its end once, by a widget or at once for the build-time fallback,
 *   is known to every element, so a second widget of the same settings starts at its end without training;
 * - **the run each element shows** (a weak map by element), so that the live equations of a section follow the
 *   run on screen in their own widget, never another's.
 *
 * @example
 * const runs = new RunMemo<Run>({ limit: 64, isFinished: (run) => run.states.length === RUN_STEPS + 1 });
 * runs.record(element, run);
 * runs.shown(element, problemKey(state)) ?? trainedRun(state);
 */

/**
 * Puts `value` in `cache` under `key`, first dropping the oldest entry when the cache holds `limit` entries, and
 * returns `value`.
 *
 * @example
 * rememberBounded(problems, '9|1|1|42', problem, 32); // → problem
 */
export function rememberBounded<V>(cache: Map<string, V>, key: string, value: V, limit: number): V {
  if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/** A run that carries its problem's key. */
export interface KeyedRun {
  readonly problem: { readonly key: string };
}

/** Options of a {@link RunMemo}. */
export interface RunMemoOptions<Run> {
  /** Finished runs kept. */
  readonly limit: number;
  /** Whether a run has reached its last step. */
  readonly isFinished: (run: Run) => boolean;
}

/** Finished runs by problem key, and the run each element shows. */
export class RunMemo<Run extends KeyedRun> {
  readonly #options: RunMemoOptions<Run>;
  readonly #ends = new Map<string, Run>();
  readonly #shown = new WeakMap<object, Run>();

  constructor(options: RunMemoOptions<Run>) {
    this.#options = options;
  }

  /** The finished run of a problem, if one is known. */
  end(key: string): Run | null {
    return this.#ends.get(key) ?? null;
  }

  /** Remembers a finished run under its problem's key and returns it. */
  rememberEnd(run: Run): Run {
    return rememberBounded(this.#ends, run.problem.key, run, this.#options.limit);
  }

  /** Records the run `owner` shows; a finished one is also remembered for {@link end}. */
  record(owner: object, run: Run): void {
    this.#shown.set(owner, run);
    if (this.#options.isFinished(run)) this.rememberEnd(run);
  }

  /** The run `owner` shows, if it is a run of the problem `key`. */
  shown(owner: object | undefined, key: string): Run | undefined {
    const run = owner === undefined ? undefined : this.#shown.get(owner);
    return run !== undefined && run.problem.key === key ? run : undefined;
  }
}
