import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/api-result';
import type { Services } from '../../../shared/api/contract';
import { TEMPLATES, TemplateId } from '../../../shared/domain/template';
import type { TeamTemplate } from '../../../shared/templates/team-template';
import type { CoreContext } from '../core-context';
import { requireWorkspaceExists } from '../workspace';
import { linkedFolderTemplates } from './folder-templates';

type TemplateServices = Pick<Services, 'listTemplates' | 'createTeamTemplate' | 'updateTeamTemplate' | 'deleteTeamTemplate'>;

export function templateServices(ctx: CoreContext): TemplateServices {
  return {
    listTemplates: ({ workspaceId }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      const found = linkedFolderTemplates(ctx, workspaceId);
      return {
        team: ctx.templates.team.list(workspaceId),
        folder: found.templates.map(({ name, dialect }) => ({ name, dialect })),
        unreadable: found.unreadable,
      };
    },

    createTeamTemplate: ({ workspaceId, name, body }) =>
      ctx.write(() => {
        requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
        requireFreeName(ctx, workspaceId, name, null);
        const at = ctx.now().toISOString();
        return ctx.templates.team.insert({ id: randomUUID(), workspaceId, name, body, createdAt: at, updatedAt: at });
      }),

    updateTeamTemplate: ({ id, name, body }) =>
      ctx.write(() => {
        const template = requireTeamTemplate(ctx, id);
        requireFreeName(ctx, template.workspaceId, name, id);
        ctx.templates.team.update(id, { name, body, updatedAt: ctx.now().toISOString() });
        return requireTeamTemplate(ctx, id);
      }),

    deleteTeamTemplate: ({ id }) =>
      ctx.write(() => {
        requireTeamTemplate(ctx, id);
        ctx.templates.team.delete(id);
        return { id };
      }),
  };
}

function requireTeamTemplate(ctx: CoreContext, id: string): TeamTemplate {
  const template = ctx.templates.team.find(id);
  if (!template) throw new AppError('not_found', 'That team template no longer exists', 'id');
  return template;
}

/**
 * A name no other template of the workspace answers to, whatever its case: `cairn new --template`
 * and the dialog find a template by its name, so two of one name (or one named like a built-in
 * template) could not be told apart.
 */
function requireFreeName(ctx: CoreContext, workspaceId: string, name: string, ownId: string | null): void {
  const lower = name.toLowerCase();
  const builtIn = TemplateId.options.find((id) => id === lower || TEMPLATES[id].name.toLowerCase() === lower);
  if (builtIn) throw new AppError('conflict', `“${name}” is the name of the built-in template ${TEMPLATES[builtIn].name}; choose another name`, 'name');
  const other = ctx.templates.team.findByName(workspaceId, name);
  if (other && other.id !== ownId) throw new AppError('conflict', `A template named “${other.name}” already exists in this workspace; choose another name`, 'name');
}
