import type { ApiResult } from '../../../shared/api/api-result';
import type { CairnBridge } from './cairn-bridge';
import type { Transport } from './transport';

/** The Electron transport: the preload's named methods, which already return ApiResults. */
export function createIpcTransport(bridge: CairnBridge): Transport {
  return (operation, input) => {
    const method = bridge[operation] as (input: unknown) => Promise<ApiResult<unknown>>;
    return method(input);
  };
}
