import { ApiCallError } from '../../../shared/api/api-result';
import { OPERATION_NAMES, type CairnApi, type OperationName } from '../../../shared/api/contract';
import type { Transport } from './transport';

/** Builds the typed API the stores call: one async method per contract operation, throwing ApiCallError on failure. */
export function createApiClient(transport: Transport): CairnApi {
  const client: Partial<Record<OperationName, (input: unknown) => Promise<unknown>>> = {};
  for (const operation of OPERATION_NAMES) {
    client[operation] = async (input: unknown) => {
      const result = await transport(operation, input);
      if (!result.ok) throw new ApiCallError(operation, result.error);
      return result.value;
    };
  }
  return client as CairnApi;
}
