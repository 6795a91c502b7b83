import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The project's own lint configuration, run on snippets placed (by name only) where the rules apply:
// each boundary of ADR 0014 is refused where it is crossed and allowed where it is kept.
const repoRoot = path.resolve(__dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  // The snippets are no files of the project, so no tsconfig knows them: the boundary rules need no types.
  eslint = new ESLint({ cwd: repoRoot, overrideConfig: tseslint.configs.disableTypeChecked });
}, 60_000);

/** The messages of the rules that guard the boundaries, for `code` as if it were the file at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('the feature boundaries lint keeps', () => {
  it('refuses a feature importing another feature’s store, and allows its index', { timeout: 60_000 }, async () => {
    const intoStore = await boundaryErrors('electron/core/rotations/rotation-example.ts', "import { GoalCheckInStore } from '../goals/goal-check-in-store';\nexport const a = GoalCheckInStore;\n");
    expect(intoStore).toEqual([expect.stringContaining('through its index.ts')]);
    const nested = await boundaryErrors('electron/core/sync/import/import-example.ts', "import { DecisionStore } from '../../decisions/decision-store';\nexport const a = DecisionStore;\n");
    expect(nested).toEqual([expect.stringContaining('through its index.ts')]);
    const throughIndex = await boundaryErrors(
      'electron/core/rotations/rotation-example.ts',
      "import { saveAutomaticCheckIn } from '../goals';\nimport { call } from '../testing/call';\nimport type { CoreContext } from '../core-context';\nexport const a = [saveAutomaticCheckIn, call] as unknown as CoreContext;\n",
    );
    expect(throughIndex).toEqual([]);
  });

  it('lets only the context import a feature’s stores module', { timeout: 60_000 }, async () => {
    const stores = "import { createGoalStores } from './goals/goal-stores';\nexport const a = createGoalStores;\n";
    expect(await boundaryErrors('electron/core/core-context.ts', stores)).toEqual([]);
    expect(await boundaryErrors('electron/core/core.ts', stores)).toEqual([expect.stringContaining('through its index.ts')]);
    expect(await boundaryErrors('electron/core/core-context.ts', "import { GoalStore } from './goals/goal-store';\nexport const a = GoalStore;\n")).toHaveLength(1);
  });

  it('keeps callers outside the core to its entry and the features’ indexes', { timeout: 60_000 }, async () => {
    expect(await boundaryErrors('electron/cli/cli-example.ts', "import { SyncStore } from '../core/sync/sync-store';\nexport const a = SyncStore;\n")).toEqual([
      expect.stringContaining('Outside electron/core'),
    ]);
    expect(await boundaryErrors('electron/host/host-example.ts', "import { createCoreContext } from '../core/core-context';\nexport const a = createCoreContext;\n")).toHaveLength(1);
    expect(
      await boundaryErrors('electron/cli/cli-example.ts', "import { openCore } from '../core/core';\nimport { checkFolder } from '../core/decisions';\nexport const a = [openCore, checkFolder];\n"),
    ).toEqual([]);
  });

  it('keeps shared/ free of Node and the DOM, and electron in its two entry files', { timeout: 60_000 }, async () => {
    expect(await boundaryErrors('shared/goals/goal-example.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await boundaryErrors('shared/goals/goal-example.ts', 'export const a = () => document.title + String(process.pid);\n')).toHaveLength(2);
    expect(await boundaryErrors('electron/web-host/host-example.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([
      expect.stringContaining('Only electron/main.ts and electron/preload.ts'),
    ]);
    expect(await boundaryErrors('electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });
});
