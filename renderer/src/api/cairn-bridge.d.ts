import type { ApiResult } from '../../../shared/api/api-result';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/api/contract';

/** What the Electron preload exposes as window.cairn: one method per operation, errors as data. */
export type CairnBridge = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<ApiResult<OperationOutput<K>>>;
};

declare global {
  interface Window {
    cairn?: CairnBridge;
  }
}
