/** The folder, inside a linked ADR folder, where adr-tools looks for a project's own template (`templates/template.md`). */
export const TEMPLATE_FOLDER = 'templates';

// A template's name, lower-cased: an optional `adr` prefix, an optional placeholder number or date that
// stands where a record's number would (`000`, `0000`, `NNNN`, `XXXX`, `YYYYMMDD`, `YYYY-MM-DD`), the word
// "template", then anything after a separator. A real record's number is never all zeros here, so
// `0010-django-templates.md` stays a record while kordis' `adr000-template.md` and nextflow's
// `YYYYMMDD-template-name.md` are templates.
const TEMPLATE_NAME = /^(?:adr[-_]?)?(?:0+|n{3,4}|x{3,4}|y{4}-?m{2}-?d{2})?[-_]?template(?:[-_.][^/\\]*)?\.md$/;

/**
 * Whether a Markdown file beside the records is a template, by its name alone: adr-tools'
 * `template.md`, MADR's `adr-template.md` (and `adr-template-bare.md` …), Log4brains' `template.md`,
 * and the `0000-template.md` forms teams copy. Sync and import never read such a file as a record;
 * the New decision dialog offers it as a template instead.
 */
export function isTemplateFileName(name: string): boolean {
  return TEMPLATE_NAME.test(name.toLowerCase());
}
