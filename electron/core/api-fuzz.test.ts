import fs from 'node:fs';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/api-result';
import { OPERATION_NAMES, operations, type OperationName } from '../../shared/api/contract';
import { openTempCore, makeTempDir, type TempCore } from './testing/temp-core';

// Random JSON at every operation through dispatch, the way any transport delivers it: the answer is
// always an ApiResult (never a throw), failures carry a known code and a message, and input the
// schema refuses names the field at fault.

const SEED = Number(process.env.CAIRN_FUZZ_SEED ?? 1729);
const RUNS = Number(process.env.CAIRN_FUZZ_RUNS ?? 60);

let core: TempCore;
let cwd: string;
let scratch: string;
beforeAll(async () => {
  core = await openTempCore();
  // Ids are random, so no operation finds a record to touch files for; should one, relative paths land here.
  cwd = process.cwd();
  scratch = makeTempDir();
  process.chdir(scratch);
});
afterAll(() => {
  process.chdir(cwd);
  fs.rmSync(scratch, { recursive: true, force: true });
  core.dispose();
});

/** The input object's field names, so random values reach the checks behind the first one. */
function fieldNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function inputFor(operation: OperationName): fc.Arbitrary<unknown> {
  const fields = fieldNames(operations[operation].input);
  const shaped = fields.length
    ? fc.dictionary(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 3 }), { maxKeys: fields.length })
    : fc.constant({});
  return fc.oneof(fc.jsonValue({ maxDepth: 3 }), shaped, fc.object({ maxDepth: 2 }));
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

describe('the API under random input', () => {
  it.each(OPERATION_NAMES)('%s answers with an ApiResult and names the field of invalid input', async (operation) => {
    await fc.assert(
      fc.asyncProperty(inputFor(operation), async (input) => {
        const result = await core.dispatch(operation, input);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) return;
        expect(ERROR_CODES).toContain(result.error.code);
        expect(result.error.code, result.error.message).not.toBe('internal');
        expect(result.error.message.length).toBeGreaterThan(0);
        if (result.error.code === 'invalid_input' && isPlainObject(input)) {
          expect(result.error.field, `${operation} ${JSON.stringify(input)}: ${result.error.message}`).toBeTruthy();
          expect(result.error.message).toContain(result.error.field);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('answers an unknown operation with an error, not a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), fc.jsonValue({ maxDepth: 2 }), async (name, input) => {
        fc.pre(!OPERATION_NAMES.includes(name as OperationName));
        const result = await core.dispatch(name, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation', message: `Unknown operation "${name}"` } });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
