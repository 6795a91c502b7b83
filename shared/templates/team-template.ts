import { z } from 'zod';
import { DialectId } from '../dialects/adr-document';
import { Id } from '../domain/decision';

/** A template's name as a person types it: the dialog and `cairn new --template` offer it by this. */
export const TemplateName = z.string().trim().min(1, 'Name is required').max(100, 'Name is longer than 100 characters');

/** A template's Markdown, at most the size of an ADR file the sync reads. */
export const TemplateBody = z.string().min(1, 'Markdown is required').max(1_000_000, 'Markdown is longer than 1 MB');

/** A template a team added in the workspace settings, kept in the database. */
export const TeamTemplate = z.object({
  id: Id,
  workspaceId: Id,
  name: z.string(),
  body: z.string(),
  /** The dialect its Markdown is written in, as detect-dialect reads it: a decision made from it is written in this one. */
  dialect: DialectId,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TeamTemplate = z.infer<typeof TeamTemplate>;

/** A template file found in the linked folder, by its path inside the folder (`template.md`, `templates/template.md`). */
export const FolderTemplate = z.object({ name: z.string(), dialect: DialectId });
export type FolderTemplate = z.infer<typeof FolderTemplate>;

/** Where a new decision's Markdown comes from besides the built-in templates. */
export const TemplateSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), id: Id }),
  z.object({ kind: z.literal('folder'), name: z.string().min(1).max(1000) }),
]);
export type TemplateSource = z.infer<typeof TemplateSource>;
