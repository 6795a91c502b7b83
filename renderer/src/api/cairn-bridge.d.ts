import type { ApiResult } from '../../../shared/api/api-result';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/api/contract';

/**
 * What the Electron preload exposes as window.cairn: one method per operation, errors as data, and
 * the change feed (whose events arrive unchecked: the page validates them).
 */
export type CairnBridge = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<ApiResult<OperationOutput<K>>>;
} & {
  onChange(listener: (event: unknown) => void): () => void;
};

declare global {
  interface Window {
    cairn?: CairnBridge;
  }
}
