import type { Core } from '../core/core';
import { TEMPLATES, TemplateId } from '../../shared/domain/template';
import type { TemplateSource } from '../../shared/templates/team-template';
import { CliFailure } from './cli-io';

/** What `cairn new --template <name>` starts from: a built-in template, or a team or folder one. */
export type CliTemplate = { template: TemplateId; from?: undefined } | { template?: undefined; from: TemplateSource };

/**
 * The template a `--template` names: a built-in one by its id (`nygard`), else the workspace's team
 * template of that name (any case), else a template file of the linked folder by its path there
 * (`templates/template.md`) or its file name. An unknown name is a usage error listing every valid one.
 */
export async function resolveCliTemplate(core: Core, workspaceId: string, name: string): Promise<CliTemplate> {
  const builtIn = TemplateId.safeParse(name);
  if (builtIn.success) return { template: builtIn.data };
  const { team, folder } = await core.call('listTemplates', { workspaceId });
  const lower = name.toLowerCase();
  const teamTemplate = team.find((t) => t.name.toLowerCase() === lower);
  if (teamTemplate) return { from: { kind: 'team', id: teamTemplate.id } };
  const file = folder.find((t) => t.name === name) ?? folder.find((t) => t.name.split('/').at(-1) === name);
  if (file) return { from: { kind: 'folder', name: file.name } };
  const valid = [
    ...TemplateId.options.map((id) => `${id} (${TEMPLATES[id].name})`),
    ...team.map((t) => `"${t.name}" (team)`),
    ...folder.map((t) => `${t.name} (from the folder)`),
  ];
  throw new CliFailure(`No template "${name}" in this workspace; use one of: ${valid.join(', ')}`, 2);
}
