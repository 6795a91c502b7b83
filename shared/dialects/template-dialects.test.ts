import { describe, expect, it } from 'vitest';
import { emptyDecisionContent } from '../domain/decision';
import { KNOWN_TEMPLATE_IDS, TEMPLATES, TemplateId } from '../domain/template';
import { DIALECTS } from './adr-dialects';
import { DIALECT_IDS } from './adr-document';

describe.each(KNOWN_TEMPLATE_IDS)('the %s template', (id) => {
  const template = TEMPLATES[id];

  it('is written in the dialect of its name, under the headings it shows, with the metadata keys it lists', () => {
    expect(DIALECT_IDS).toContain(id);
    const content = { ...emptyDecisionContent('Use a template', '2024-05-06'), decisionMakers: ['Ann'], consulted: ['Bo'], informed: ['Cy'], tags: ['t'] };
    for (const section of template.sections) {
      if (section.field === 'options') content.options = [{ name: 'Option A', description: '', pros: [], cons: [] }];
      else content[section.field] = `Text of ${section.field}.`;
    }
    const written = DIALECTS[id].serialize({ dialect: id, id: null, number: 7, content, links: [], layout: null, warnings: [] });
    for (const section of template.sections) {
      const text = section.field === 'options' ? '[*-] Option A' : `Text of ${section.field}\\.`;
      expect(written, section.heading).toMatch(new RegExp(`#{2,3} ${section.heading}\\n\\n${text}`));
    }
    for (const { key } of template.metadata) expect(written, key).toMatch(new RegExp(`(^|\\n)(- |\\* )?${key}: `));
    expect(template.statuses).toContain('accepted');
  });
});

describe('the templates', () => {
  it('are data for every template Cairn knows, and decisions are created from each of them', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...KNOWN_TEMPLATE_IDS].sort());
    expect(TemplateId.options).toEqual([...KNOWN_TEMPLATE_IDS]);
    for (const id of KNOWN_TEMPLATE_IDS) expect(TEMPLATES[id].id).toBe(id);
  });
});
