import { AppError } from '../../../shared/api/api-result';
import type { DialectId } from '../../../shared/dialects/adr-document';
import type { DecisionContent } from '../../../shared/domain/decision';
import { fillAdrToolsPlaceholders, type AdrToolsValues } from '../../../shared/templates/adr-tools-placeholders';
import type { TemplateSource } from '../../../shared/templates/team-template';
import type { CoreContext } from '../core-context';
import { readRecordFile } from '../files';
import { syncFolderPath } from '../sync';
import { linkedFolderTemplates } from './folder-templates';

/** What a decision made from a team or folder template starts as. */
export interface TemplateStart {
  /** The dialect the template is written in: the decision's file is written in it. */
  dialect: DialectId;
  /** The template's text as fields; its title, status, date and review date are the new decision's own. */
  content: Partial<DecisionContent>;
  /** The template in words, for the first revision ("Created from the team template “Lightweight”"). */
  label: string;
}

/**
 * A new decision's start from a team template or a template file of the linked folder: the
 * template's Markdown with adr-tools' placeholders filled (`values`), read in the dialect its shape
 * says, as the new decision's fields. MADR's `{…}` placeholders stay in the text for the author to
 * write over. `field` names the input the source came in, for the error when it is gone.
 */
export function startFromTemplate(ctx: CoreContext, workspaceId: string, source: TemplateSource, values: AdrToolsValues, field: string): TemplateStart {
  const found = findTemplateText(ctx, workspaceId, source, field);
  const filled = fillAdrToolsPlaceholders(found.text, values);
  const read = readRecordFile({ name: found.fileName, text: filled, modified: ctx.now() });
  if (!read.ok) throw new AppError('invalid_input', `The template ${found.label} cannot be read as a decision record: ${read.reason}`, field);
  const { title: _title, status: _status, date: _date, reviewBy: _reviewBy, ...fields } = read.document.content;
  // A template's example choice that names none of its options would fail the new decision's check.
  const chosenOption = fields.chosenOption !== null && fields.options.some((option) => option.name === fields.chosenOption) ? fields.chosenOption : null;
  return { dialect: read.document.dialect, content: { ...fields, chosenOption }, label: found.label };
}

function findTemplateText(ctx: CoreContext, workspaceId: string, source: TemplateSource, field: string): { text: string; fileName: string; label: string } {
  if (source.kind === 'team') {
    const template = ctx.templates.team.find(source.id);
    if (!template || template.workspaceId !== workspaceId) throw new AppError('not_found', 'That team template no longer exists in this workspace', `${field}.id`);
    return { text: template.body, fileName: 'template.md', label: `the team template “${template.name}”` };
  }
  if (syncFolderPath(ctx, workspaceId) === null) throw new AppError('invalid_input', 'This workspace has no linked folder to take a template file from', `${field}.name`);
  const { templates, unreadable } = linkedFolderTemplates(ctx, workspaceId);
  const template = templates.find((t) => t.name === source.name);
  if (!template) {
    const problem = unreadable.find((u) => u.name === source.name);
    throw new AppError(problem ? 'invalid_input' : 'not_found', problem ? problem.reason : `${source.name} is not a template file of the linked folder`, `${field}.name`);
  }
  return { text: template.text, fileName: template.name.split('/').at(-1) ?? template.name, label: `${template.name} of the folder` };
}
