import type { Migration } from './migration';
import { initialSchema } from './0001-initial';

export type { Migration } from './migration';

/** Every schema step, in order; a database's `user_version` is the last one applied. */
export const MIGRATIONS: readonly Migration[] = [initialSchema];
