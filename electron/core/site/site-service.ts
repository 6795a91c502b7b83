import path from 'node:path';
import type { Services } from '../../../shared/api/contract';
import type { SiteResult } from '../../../shared/api/site-operations';
import { planSite, siteBaseUrl } from '../../../shared/site/site-build';
import type { CoreContext } from '../core-context';
import { liveDecisionsWithLinks } from '../decisions';
import { requireWorkspace } from '../workspace';
import { siteDigest, writeSiteFolder } from './site-folder';

export function siteServices(ctx: CoreContext): Pick<Services, 'publishSite'> {
  return { publishSite: (input) => publishSite(ctx, input.workspaceId, input.folder, input.baseUrl ?? null) };
}

/** The workspace's live decisions as a static site in the folder, named after the workspace. */
function publishSite(ctx: CoreContext, workspaceId: string, folder: string, baseUrl: string | null): SiteResult {
  const workspace = requireWorkspace(ctx, workspaceId, 'workspaceId');
  const decisions = liveDecisionsWithLinks(ctx, workspaceId);
  const pages = planSite({ title: workspace.name, decisions, baseUrl: baseUrl === null ? null : siteBaseUrl(baseUrl) }, siteDigest);
  const resolved = path.resolve(folder);
  return { folder: resolved, pages: pages.length, ...writeSiteFolder(resolved, pages) };
}
