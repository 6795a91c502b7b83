import path from 'node:path';
import type { Services } from '../../../shared/api/contract';
import type { SiteResult } from '../../../shared/api/site-operations';
import { buildSite, siteBaseUrl } from '../../../shared/site/site-build';
import type { CoreContext } from '../core-context';
import { decisionWithLinks } from '../decisions';
import { requireWorkspace } from '../workspace';
import { writeSiteFolder } from './site-folder';

export function siteServices(ctx: CoreContext): Pick<Services, 'publishSite'> {
  return { publishSite: (input) => publishSite(ctx, input.workspaceId, input.folder, input.baseUrl ?? null) };
}

/** The workspace's live decisions as a static site in the folder, named after the workspace. */
function publishSite(ctx: CoreContext, workspaceId: string, folder: string, baseUrl: string | null): SiteResult {
  const workspace = requireWorkspace(ctx, workspaceId, 'workspaceId');
  const decisions = ctx.decisions
    .inWorkspace(workspaceId)
    .filter((record) => record.deletedAt === null)
    .map((record) => decisionWithLinks(ctx, record));
  const pages = buildSite({ title: workspace.name, decisions, baseUrl: baseUrl === null ? null : siteBaseUrl(baseUrl) });
  const resolved = path.resolve(folder);
  return { folder: resolved, pages: pages.length, ...writeSiteFolder(resolved, pages) };
}
