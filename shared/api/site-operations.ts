import { z } from 'zod';
import { Id } from '../domain/decision';
import { op } from './operation';
import { FolderPath } from './sync-operations';

export const SiteResult = z.object({
  folder: z.string(),
  /** How many pages the site has. */
  pages: z.number().int(),
  /** Files whose bytes changed (relative to the folder, with '/'); empty when the site was up to date. */
  written: z.array(z.string()),
  unchanged: z.number().int(),
  /** Pages of an earlier run that the site no longer has (a decision deleted, a tag gone). */
  removed: z.array(z.string()),
});
export type SiteResult = z.infer<typeof SiteResult>;

export const siteOperations = {
  publishSite: op(
    z.object({ workspaceId: Id, folder: FolderPath }),
    SiteResult,
    'Writes a static site of the workspace’s decisions into a folder (an index, a page per decision, status and tag views); unchanged pages are not rewritten.',
  ),
};
