/**
 * Work counted, not timed: V8's precise coverage counts how often each block of `src/core` runs, which is the same
 * on every run and every machine. `growthOf` says how much more work an input twice the size costs, so that a test
 * can hold a stage to linear work without a wall-clock limit.
 */
import { Session } from 'node:inspector/promises';
import { setFlagsFromString } from 'node:v8';

// Optimising compilers inline small functions into their callers, and an inlined call does not count as a call of its
// own; what they inline depends on timing (they compile on background threads), so counts would vary from run to run
// and with the machine's load. Counted work runs in the interpreter and the baseline compiler alone.
setFlagsFromString('--no-maglev');
setFlagsFromString('--no-turbofan');

let session: Session | null = null;

async function started(): Promise<Session> {
  if (session) return session;
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  return session;
}

/** How many times blocks of `src/core` ran during `run`. */
export async function workOf(run: () => unknown): Promise<number> {
  const profiler = await started();
  await profiler.post('Profiler.takePreciseCoverage');
  run();
  const { result } = await profiler.post('Profiler.takePreciseCoverage');
  let steps = 0;
  for (const script of result) {
    if (!script.url.includes('/src/core/')) continue;
    for (const fn of script.functions) for (const range of fn.ranges) steps += range.count;
  }
  return steps;
}

/**
 * The work of `run` on the input of size `2 × size` over its work on the input of `size` (about 2 for linear
 * work, 4 for quadratic). Each input is run once first, so that compiling is not counted.
 */
export async function growthOf<T>(make: (size: number) => T, run: (input: T) => unknown, size: number): Promise<number> {
  const small = make(size);
  const large = make(2 * size);
  run(small);
  const one = await workOf(() => run(small));
  const two = await workOf(() => run(large));
  return two / one;
}
