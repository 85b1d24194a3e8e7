/**
 * One way to declare a property test: the seed and the number of runs go into the test name
 * (so every CI log states them), a failure replays with the same seed, and the run count is
 * logged so the suite's total number of generated cases can be read off the output.
 */
import fc from 'fast-check';
import { it } from 'vitest';
import { SEED } from './arbitraries';

/** PROPERTY_SCALE=<n> multiplies every run count, for a longer local search (CI uses 1). */
const SCALE = Math.max(1, Number(process.env.PROPERTY_SCALE ?? 1));

/** Declares `it(name)` that checks `check` on `numRuns` values of `arb`, seeded with SEED. */
export function property<T>(name: string, arb: fc.Arbitrary<T>, check: (value: T) => void, baseRuns: number, timeout = 120_000): void {
  const numRuns = baseRuns * SCALE;
  it(`${name} [seed ${SEED}, ${numRuns} cases]`, { timeout: timeout * SCALE }, () => {
    const started = performance.now();
    fc.assert(fc.property(arb, (value) => { check(value); }), { seed: SEED, numRuns });
    console.log(`property "${name}": ${numRuns} cases, seed ${SEED}, ${Math.round(performance.now() - started)} ms`);
  });
}
