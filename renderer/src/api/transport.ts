import type { ApiResult } from '../../../shared/api/api-result';
import type { OperationName } from '../../../shared/api/contract';

/** Carries one operation to the core and brings its result back as data; never throws for API errors. */
export type Transport = (operation: OperationName, input: unknown) => Promise<ApiResult<unknown>>;
