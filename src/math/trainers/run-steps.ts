/**
 * Running a step-function trainer: all at once (tests, build-time fallbacks, the bench) or in slices (widgets).
 *
 * Every trainer of `src/math/trainers` has the shape `step(trainer, state) → nextState` with plain-data states
 * that are never mutated, so a widget implements play / pause / step / reset by keeping the current state (and,
 * for curves, the list of past metrics): *step* is one call, *reset* returns to the initial state, *pause* stops
 * scheduling slices.
 *
 * Keeping the page responsive: a default run costs a few milliseconds in Node (`npm run bench` prints one step
 * and one default run per trainer), far below the 50 ms long-task limit, but a phone is several times slower and a
 * swept β or a large world multiplies the work. Widgets therefore advance training in slices, one slice per
 * animation frame, with {@link trainingSlices}:
 *
 * ```ts
 * const slices = trainingSlices(tabularDpoStep, trainer, state, { steps: trainer.steps, stepsPerSlice: 10 });
 * const frame = () => {
 *   if (paused) return;
 *   const { value, done } = slices.next(); // ≤ stepsPerSlice steps: a few ms, well under 50 ms
 *   draw(value);
 *   if (!done) requestAnimationFrame(frame);
 * };
 * requestAnimationFrame(frame);
 * ```
 *
 * Pick `stepsPerSlice` with {@link stepsPerSlice} from a measured step time so one slice stays within a frame
 * budget (8 ms by default, leaving the rest of a 16 ms frame for drawing).
 *
 * @module
 */
import { assertInteger, assertPositive } from '../validate.ts';

/** A trainer's step function: the next state from the fixed problem and the current state, without mutating either. */
export type StepFunction<T, S> = (trainer: T, state: S) => S;

/**
 * Applies `step` `count` times and returns the last state; `onState` sees every new state (for curves).
 *
 * Edge cases: `count` must be an integer in $[0, 10^6]$, else `RangeError` naming `count`.
 *
 * @example
 * runSteps(rewardModelStep, trainer, rewardModelInitialState(trainer), trainer.steps).step; // trainer.steps
 */
export function runSteps<T, S>(step: StepFunction<T, S>, trainer: T, state: S, count: number, onState?: (state: S) => void): S {
  assertInteger('count', count, 0, 1e6);
  let current = state;
  for (let i = 0; i < count; i++) {
    current = step(trainer, current);
    onState?.(current);
  }
  return current;
}

/**
 * A generator that advances training `stepsPerSlice` steps per `next()` call, `steps` steps in all, yielding the
 * state after each slice (the final one as its return value, with `done: true`). Pure: no timers, no DOM; the
 * caller decides when to call `next()` (e.g. once per `requestAnimationFrame`).
 *
 * Edge cases: `steps` an integer in $[0, 10^6]$, `stepsPerSlice` an integer $\ge 1$; else `RangeError` naming the
 * option.
 *
 * @example
 * const slices = trainingSlices((_, s: number) => s + 1, null, 0, { steps: 5, stepsPerSlice: 2 });
 * [...slices]; // [2, 4] (then done with value 5)
 */
export function* trainingSlices<T, S>(
  step: StepFunction<T, S>,
  trainer: T,
  state: S,
  { steps, stepsPerSlice }: { steps: number; stepsPerSlice: number },
): Generator<S, S, void> {
  assertInteger('steps', steps, 0, 1e6);
  assertInteger('stepsPerSlice', stepsPerSlice, 1);
  let current = state;
  let left = steps;
  while (left > stepsPerSlice) {
    current = runSteps(step, trainer, current, stepsPerSlice);
    left -= stepsPerSlice;
    yield current;
  }
  return runSteps(step, trainer, current, left);
}

/**
 * How many steps fit in one slice: $\max(1, \lfloor \text{budget} / t_{\text{step}} \rfloor)$ for a measured
 * (or benched) step time $t_{\text{step}}$, both in milliseconds.
 *
 * Edge cases: both must be finite and $> 0$, else `RangeError` naming the argument.
 *
 * @example
 * stepsPerSlice(0.05); // 160 (8 ms budget)
 * stepsPerSlice(20, 8); // 1
 */
export function stepsPerSlice(stepMs: number, budgetMs = 8): number {
  assertPositive('stepMs', stepMs);
  assertPositive('budgetMs', budgetMs);
  return Math.max(1, Math.floor(budgetMs / stepMs));
}
