import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTemplateFileName } from './template-file-name';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');

describe('a template file by its name', () => {
  it.each([
    'template.md',
    'Template.md',
    'adr-template.md',
    'adr-template-bare-minimal.md',
    'adr_template.md',
    'adr000-template.md',
    '0000-template.md',
    'YYYYMMDD-template-name.md',
    'NNNN-template.md',
    'template-lightweight.md',
  ])('%s is a template', (name) => {
    expect(isTemplateFileName(name)).toBe(true);
  });

  it.each(['0010-django-templates.md', '0003-use-a-template-engine.md', '0001-template-emails.md', 'templates.md', 'README.md', '20200925-template-for-api.md', 'my-template.md'])(
    '%s is not',
    (name) => {
      expect(isTemplateFileName(name)).toBe(false);
    },
  );

  it('tells the template files of the real folders from their records', () => {
    const named = (folder: string) => fs.readdirSync(path.join(CORPUS, folder)).filter((name) => name.endsWith('.md') && isTemplateFileName(name));
    expect(named('nextflow/adr')).toEqual(['YYYYMMDD-template-name.md']);
    expect(named('kordis/docs/architecture-decisions')).toEqual(['adr000-template.md']);
    expect(named('madr/docs/decisions')).toEqual(['adr-template.md']);
    expect(named('log4brains/docs/adr')).toEqual(['template.md']);
    expect(named('manage-get-gov/docs/architecture/decisions')).toEqual([]);
    expect(named('adr-tools-repo/doc/adr')).toEqual([]);
  });
});
