import { z } from 'zod';
import { Id } from '../domain/decision';
import { op } from './operation';
import { FolderPath } from './sync-operations';

export const SiteResult = z.object({
  folder: z.string(),
  /** How many files the site has: its pages, the search index and filters scripts, and the feed when it has one. */
  pages: z.number().int(),
  /** Files whose bytes changed (relative to the folder, with '/'); empty when the site was up to date. */
  written: z.array(z.string()),
  unchanged: z.number().int(),
  /** Pages of an earlier run that the site no longer has (a decision deleted, a tag gone). */
  removed: z.array(z.string()),
});
export type SiteResult = z.infer<typeof SiteResult>;

/** Where the site will be served from, for its feed's links and its canonical links (GitHub or GitLab Pages under a sub-path included). */
export const SiteBaseUrl = z
  .string()
  .trim()
  .max(2000, 'The web address is longer than 2,000 characters.')
  .regex(/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/, 'The web address must start with http:// or https:// and have no ? or #, such as https://team.github.io/decisions/.');

export const siteOperations = {
  publishSite: op(
    z.object({ workspaceId: Id, folder: FolderPath, baseUrl: SiteBaseUrl.nullable().optional() }),
    SiteResult,
    'Writes a static site of the workspace’s decisions into a folder (an index with search and filters, a page per decision, status and tag views, a timeline, a graph and a feed); unchanged files are not rewritten.',
  ),
};
