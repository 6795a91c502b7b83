import { randomUUID } from 'node:crypto';
import type { Services } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/api-result';
import { addDays, toCalendarDate } from '../../../shared/domain/calendar-date';
import { emptyDecisionContent, formatDecisionNumber, type DecisionContent } from '../../../shared/domain/decision';
import { TEMPLATES } from '../../../shared/domain/template';
import { describeChanges } from './content-changes';
import type { CoreContext } from '../core-context';
import { checkChosenOption, checkStatus, takeChosenOptionFromOutcome } from './decision-rules';
import { decisionWithLinks } from './decision-view';
import { linkDecisions, requireLinkTarget } from './link-service';
import { retitleLinksTo } from './retitle-links';
import { supersedeAllOf } from './supersede-effects';
import { requireCustomStatuses, requireWorkspaceExists } from '../workspace';
import { requireLiveDecision } from './decision-lookup';
import type { DecisionRecord } from './decision-store';
import { startFromTemplate } from '../templates';
import type { TemplateSource } from '../../../shared/templates/team-template';
import type { TemplateId } from '../../../shared/domain/template';

type DecisionServices = Pick<
  Services,
  'createDecision' | 'previewNewDecision' | 'getDecision' | 'updateDecision' | 'deleteDecision' | 'restoreDecision' | 'searchDecisions' | 'listDueForReview'
>;

export function decisionServices(ctx: CoreContext): DecisionServices {
  return {
    createDecision: ({ workspaceId, template, content, links, from }) =>
      ctx.write(() => {
        const number = ctx.decisions.nextNumber(workspaceId);
        const start = newDecisionStart(ctx, workspaceId, template, content, from, number);
        const record = ctx.writer.create(
          { id: randomUUID(), workspaceId, number, template: start.template, content: start.content },
          `Created from ${start.label}`,
        );
        links.forEach((link, i) => linkDecisions(ctx, record, link.kind, link.toId, `links.${i}.toId`));
        return decisionWithLinks(ctx, record);
      }),

    // The editor opens a new decision on this and creates it on the first save, so a decision started
    // and then discarded leaves no row, no used number and no file behind.
    previewNewDecision: ({ workspaceId, template, content, links, from }) => {
      const start = newDecisionStart(ctx, workspaceId, template, content, from, ctx.decisions.nextNumber(workspaceId));
      links.forEach((link, i) => requireLinkTarget(ctx, workspaceId, 'The new decision', link.toId, `links.${i}.toId`));
      return { template: start.template, content: start.content };
    },

    getDecision: ({ id }) => decisionWithLinks(ctx, requireLiveDecision(ctx, id, 'id')),

    updateDecision: ({ id, baseRevision, changes }) =>
      ctx.write(() => decisionWithLinks(ctx, reviseDecision(ctx, requireCurrentRevision(ctx, id, baseRevision), definedOnly(changes)))),

    deleteDecision: ({ id }) =>
      ctx.write(() => {
        ctx.decisions.moveToTrash(requireLiveDecision(ctx, id, 'id'), ctx.now().toISOString());
        return { id };
      }),

    restoreDecision: ({ id }) =>
      ctx.write(() => {
        const record = ctx.decisions.find(id);
        if (!record || record.deletedAt === null) throw new AppError('not_found', `Decision ${id} not found in the trash`, 'id');
        ctx.decisions.restoreFromTrash(record);
        return decisionWithLinks(ctx, { ...record, deletedAt: null });
      }),

    searchDecisions: (input) => {
      requireWorkspaceExists(ctx, input.workspaceId, 'workspaceId');
      return ctx.search.search(input);
    },

    listDueForReview: ({ workspaceId, asOf, withinDays }) => {
      requireWorkspaceExists(ctx, workspaceId, 'workspaceId');
      return ctx.dueForReview.list(workspaceId, addDays(asOf ?? today(ctx), withinDays));
    },
  };
}

/**
 * What a new decision starts as: from a built-in template, the content given; from a team or folder
 * template, its text as fields under what was given, written in the template's dialect. `number` is
 * the one it will be given, for adr-tools' NUMBER (a preview's may be taken by then, as with adr-tools).
 */
function newDecisionStart(
  ctx: CoreContext,
  workspaceId: string,
  template: TemplateId,
  content: Partial<DecisionContent> & { title: string },
  from: TemplateSource | undefined,
  number: number,
): { template: TemplateId; content: DecisionContent; label: string } {
  if (!from) return { template, content: startingContent(ctx, workspaceId, content), label: TEMPLATES[template].name };
  const defaults = startingContent(ctx, workspaceId, content);
  const status = defaults.status ?? '';
  const values = { number, title: defaults.title, date: defaults.date ?? today(ctx), status: status.charAt(0).toUpperCase() + status.slice(1) };
  const start = startFromTemplate(ctx, workspaceId, from, values, 'from');
  return { template: start.dialect, content: startingContent(ctx, workspaceId, { ...start.content, ...definedOnly(content), title: content.title }), label: start.label };
}

/** A new decision's content: what was given over the empty one of today, checked as a save checks it. */
function startingContent(ctx: CoreContext, workspaceId: string, content: Partial<DecisionContent> & { title: string }): DecisionContent {
  const customStatuses = requireCustomStatuses(ctx, workspaceId, 'workspaceId');
  const full = takeChosenOptionFromOutcome({ ...emptyDecisionContent(content.title, today(ctx)), ...definedOnly(content) });
  checkStatus(full.status, customStatuses, 'content.status');
  checkChosenOption(full, 'content.chosenOption');
  return full;
}

/** The live decision, refused when someone saved a newer revision since `baseRevision` was read. */
export function requireCurrentRevision(ctx: CoreContext, id: string, baseRevision: number): DecisionRecord {
  const current = requireLiveDecision(ctx, id, 'id');
  if (current.revision !== baseRevision) {
    throw new AppError(
      'conflict',
      `${formatDecisionNumber(current.number)} ${current.content.title} was changed since you opened it (now revision ${current.revision}, yours ${baseRevision}). Reload to see the changes.`,
    );
  }
  return current;
}

/**
 * Saves `changes` as one new revision with the same checks as an edit: the one path by which an edit,
 * a review or a restored revision changes a decision. `summary` words the revision when the reason is
 * not the changed fields themselves ("Marked reviewed"); no change makes no revision.
 */
export function reviseDecision(ctx: CoreContext, current: DecisionRecord, changes: Partial<DecisionContent>, summary?: string): DecisionRecord {
  const merged: DecisionContent = { ...current.content, ...changes };
  const next = changes.outcome !== undefined ? takeChosenOptionFromOutcome(merged) : merged;
  // Only a new status is checked, so a decision imported with an unusual status can still be edited.
  if (changes.status !== undefined && changes.status !== current.content.status) {
    checkStatus(next.status, requireCustomStatuses(ctx, current.workspaceId), 'changes.status');
  }
  if (changes.chosenOption !== undefined || changes.options !== undefined || next.chosenOption !== current.content.chosenOption) {
    checkChosenOption(next, changes.chosenOption !== undefined ? 'changes.chosenOption' : changes.options !== undefined ? 'changes.options' : 'changes.outcome');
  }
  const changed = describeChanges(current.content, next);
  if (changed === null) return current;
  const saved = ctx.writer.revise(current, next, summary ?? changed);
  if (next.status !== current.content.status) supersedeAllOf(ctx, saved);
  if (next.title !== current.content.title) retitleLinksTo(ctx, saved, current.content.title);
  return saved;
}

function today(ctx: CoreContext): string {
  return toCalendarDate(ctx.now());
}

// A partial input may carry keys whose value is undefined; they must not blank out what is there.
function definedOnly<T extends object>(partial: T): Partial<DecisionContent> {
  return Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
}
