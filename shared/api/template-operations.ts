import { z } from 'zod';
import { op } from './operation';
import { Id } from '../domain/decision';
import { FolderTemplate, TeamTemplate, TemplateBody, TemplateName } from '../templates/team-template';

/** A template file of the linked folder that could not be read, with the reason naming the file. */
export const UnreadableTemplate = z.object({ name: z.string(), reason: z.string() });

/** The templates a team brings besides the built-in ones: its own, and the template files of its linked folder. */
export const templateOperations = {
  listTemplates: op(
    z.object({ workspaceId: Id }),
    z.object({ team: z.array(TeamTemplate), folder: z.array(FolderTemplate), unreadable: z.array(UnreadableTemplate) }),
    "The workspace's team templates by name, and the template files found in its linked folder (adr-tools' templates/template.md, MADR's adr-template.md, Log4brains' template.md); a file that cannot be read is listed apart with the reason.",
  ),
  createTeamTemplate: op(
    z.object({ workspaceId: Id, name: TemplateName, body: TemplateBody }),
    TeamTemplate,
    'Adds a team template; a name another template of the workspace (or a built-in one) has is refused.',
  ),
  updateTeamTemplate: op(z.object({ id: Id, name: TemplateName, body: TemplateBody }), TeamTemplate, "Renames a team template or changes its Markdown; decisions made from it keep their text."),
  deleteTeamTemplate: op(z.object({ id: Id }), z.object({ id: Id }), 'Deletes a team template; decisions made from it keep their text.'),
};
