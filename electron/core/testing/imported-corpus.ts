import fs from 'node:fs';
import path from 'node:path';
import { call } from './call';
import { copyCorpusFolder, type CORPUS_FOLDERS } from './corpus-folders';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from './temp-core';

/** A core on a temp database with a copy of a corpus folder imported into a workspace (and so linked to it). */
export interface ImportedCorpus {
  core: TempCore;
  /** The temp directory holding the folder; removed by dispose. */
  scratch: string;
  /** The copy of the corpus folder, at doc/adr inside scratch. */
  folder: string;
  workspaceId: string;
  dispose: () => void;
}

/** The sync tests' usual start: the adr-tools folder imported on 2025-06-15 at noon UTC. */
export async function importCorpusCopy(name: keyof typeof CORPUS_FOLDERS = 'adr-tools'): Promise<ImportedCorpus> {
  const core = await openTempCore({ now: fixedClock('2025-06-15T12:00:00Z').now });
  const scratch = makeTempDir();
  const folder = copyCorpusFolder(name, path.join(scratch, 'doc', 'adr'));
  const workspaceId = (await createWorkspace(core)).id;
  await call(core, 'importFolder', { workspaceId, folder });
  return {
    core,
    scratch,
    folder,
    workspaceId,
    dispose: () => {
      core.dispose();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}
