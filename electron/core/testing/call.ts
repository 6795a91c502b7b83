import { ApiCallError, type ApiErrorData } from '../../../shared/api/api-result';
import { operations, type OperationInput, type OperationName, type OperationOutput } from '../../../shared/api/contract';
import type { Core } from '../core';

/**
 * Calls an operation the way a transport does (raw input through dispatch) and checks the value
 * against the operation's output schema, so every test call is also a contract check.
 */
export async function call<K extends OperationName>(core: Core, operation: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const result = await core.dispatch(operation, input);
  if (!result.ok) throw new ApiCallError(operation, result.error);
  return operations[operation].output.parse(result.value) as OperationOutput<K>;
}

/** Calls an operation that is expected to fail and returns the error it reports. */
export async function callError(core: Core, operation: string, input: unknown): Promise<ApiErrorData> {
  const result = await core.dispatch(operation, input);
  if (result.ok) throw new Error(`${operation} succeeded but was expected to fail`);
  return result.error;
}
