/**
 * Golden fixtures: every test/fixtures/<case>/ holding an input.* file and expected.json is
 * extracted through the CLI's own in-process path (decode → HTML or text → extract) and
 * compared with expected.json.
 *
 *   UPDATE_FIXTURES=1 npx vitest run test/golden.test.ts   rewrites expected.json
 *
 * so that any change in extraction output shows up as a reviewable git diff. Folders without
 * an input.* file belong to other tests and are skipped; a case without expected.json is a
 * todo until someone runs the update and reviews the result.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toJson } from '../lib/cli/commands';
import { extractFromBytes } from '../lib/cli/pipeline';
import { EXTRACTION_SCHEMA } from '../lib/extract/types';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const REVIEW_HINT = 'run UPDATE_FIXTURES=1 npx vitest run test/golden.test.ts and review the diff';

interface FixtureCase {
  name: string;
  dir: string;
  /** File name of the input (input.txt, input.html, …). */
  input: string;
}

/** Fixture folders that hold an input.* file, in name order. */
function findCases(root: string): FixtureCase[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .flatMap((name) => {
      const input = readdirSync(join(root, name)).filter((f) => /^input\.[^.]+$/.test(f)).sort()[0];
      return input ? [{ name, dir: join(root, name), input }] : [];
    });
}

/** What `promise-ledger extract <case>/input.* --format json` prints, parsed back. */
function extractCase(c: FixtureCase): unknown {
  const bytes = new Uint8Array(readFileSync(join(c.dir, c.input)));
  // The bare file name keeps expected.json independent of where the checkout lives.
  const { extraction } = extractFromBytes(bytes, { file: c.input });
  return JSON.parse(toJson(extraction));
}

function readExpected(path: string): { schema?: unknown } | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { schema?: unknown }) : null;
}

const cases = findCases(FIXTURES);

describe('golden fixtures', () => {
  it('finds the fixture cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    const expectedPath = join(c.dir, 'expected.json');
    const expected = readExpected(expectedPath);
    if (expected && expected.schema !== EXTRACTION_SCHEMA) {
      // Another test's fixture (e.g. decoder expectations) with an input file: never touch it.
      it.skip(`${c.name}: expected.json is not a ${EXTRACTION_SCHEMA} document`, () => {});
    } else if (UPDATE) {
      it(`${c.name}: writes expected.json`, () => {
        writeFileSync(expectedPath, toJson(extractCase(c)));
      });
    } else if (!expected) {
      it.todo(`${c.name}: no expected.json: ${REVIEW_HINT}`);
    } else {
      it(`${c.name} matches expected.json (if the change is intended: ${REVIEW_HINT})`, () => {
        expect(extractCase(c)).toEqual(expected);
      });
    }
  }
});
