import fs from 'node:fs';
import path from 'node:path';
import type { OperationOutput } from '../../../shared/api/contract';
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
  /** A file of the folder, as text. */
  read: (name: string) => string;
  /** Writes a file of the folder, as an editor on disk would. */
  write: (name: string, text: string) => void;
  /** One two-way sync of the workspace with its folder. */
  sync: () => Promise<OperationOutput<'syncWorkspace'>>;
  /** The live decision of that number (the corpus has one of each). */
  decisionNumbered: (n: number) => Promise<OperationOutput<'getDecision'>>;
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
    read: (name) => fs.readFileSync(path.join(folder, name), 'utf8'),
    write: (name, text) => fs.writeFileSync(path.join(folder, name), text),
    sync: () => call(core, 'syncWorkspace', { workspaceId }),
    decisionNumbered: async (n) => {
      const list = await call(core, 'searchDecisions', { workspaceId, limit: 1000 });
      const summary = list.items.find((d) => d.number === n);
      if (!summary) throw new Error(`no decision ${n}`);
      return call(core, 'getDecision', { id: summary.id });
    },
    dispose: () => {
      core.dispose();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}
