import type { DecisionContent } from '../domain/decision';
import { AGREEMENT_SCALES, levelLabel } from './agreement-scale';
import { numberText } from '../goals/number-text';
import { summariseEvaluation } from './evaluation-summary';
import type { SessionState } from './session';

/**
 * The decision as the session would leave it: the session's context, drivers and options replace the
 * decision's; people join by role; accepted risks become "Bad, because" consequences; the outcome,
 * scores, votes and parked concerns are written where an ADR reader looks for them. Shown live beside
 * the session and saved, unchanged, as the decision's new revision when the session finishes.
 */
export function buildAdrDraft(base: DecisionContent, state: SessionState): DecisionContent {
  const { outcome } = state;
  const chosen = outcome?.kind === 'chosen' ? state.options.find((o) => o.id === outcome.optionId) : undefined;
  const names = (role: string) => state.participants.filter((p) => p.role === role).map((p) => p.name);
  const decisionMakers = union(base.decisionMakers, names('decision-maker'));
  return {
    ...base,
    status: chosen ? 'accepted' : base.status,
    reviewBy: outcome?.kind === 'not-now' ? outcome.revisitOn : (state.reviewBy ?? base.reviewBy),
    decisionMakers,
    consulted: union(base.consulted, names('consulted')).filter((n) => !decisionMakers.includes(n)),
    context: state.context,
    drivers: state.drivers,
    options: state.options.map((o) => ({ name: o.name, description: o.description, pros: o.pros, cons: o.cons })),
    chosenOption: chosen?.name ?? null,
    outcome: outcomeText(state),
    consequences: consequencesText(state),
    confirmation: state.confirmation,
    moreInformation: joinBlocks([base.moreInformation, evaluationText(state), parkedText(state), adviceText(state)]),
  };
}

function outcomeText(state: SessionState): string {
  const { outcome } = state;
  if (!outcome) return '';
  if (outcome.kind === 'chosen') return outcome.justification.trim();
  const why = outcome.justification.trim();
  return `Not now: the team will revisit this decision on ${outcome.revisitOn}.${why ? ` ${why}` : ''}`;
}

/**
 * The written consequences, then every concern still standing as a "Bad, because": accepted risks,
 * and concerns left open (a low vote's concern among them), which a reader must not miss.
 */
function consequencesText(state: SessionState): string {
  const bad = state.concerns.flatMap((c) => {
    if (c.status === 'risk') return [`* Bad, because ${c.text}${c.note ? ` (accepted risk: ${c.note})` : ''}`];
    if (c.status === 'open') return [`* Bad, because ${c.text} (open concern, not settled in the session)`];
    return [];
  });
  return joinBlocks([state.consequences, bad.join('\n')]);
}

/** The evaluation as separate Markdown blocks, so a vote summary never runs on into a list's last bullet. */
function evaluationText(state: SessionState): string {
  const summary = summariseEvaluation(state);
  const optionName = (id: string) => state.options.find((o) => o.id === id)?.name ?? id;
  const criterionName = (id: string) => state.criteria.find((c) => c.id === id)?.name ?? id;
  const blocks: string[] = [];
  if (summary.weighted && state.options.length) {
    const from = summary.weightedFrom?.kind === 'people' ? `, mean of ${summary.weightedFrom.count} people's scores` : '';
    const lines = [`Weighted criteria (${state.criteria.map((c) => `${c.name} ×${c.weight}`).join(', ')}${from}):`, ''];
    for (const r of summary.weighted) lines.push(`* ${optionName(r.optionId)}: ${numberText(r.total)} (${Math.round(r.share * 100)}%)`);
    blocks.push(lines.join('\n'));
    const wide = (summary.cells ?? []).filter((c) => c.wide);
    if (wide.length) {
      blocks.push(['Scores far apart:', '', ...wide.map((c) => `* ${criterionName(c.criterionId)} for ${optionName(c.optionId)}: from ${c.min} to ${c.max}`)].join('\n'));
    }
  }
  if (summary.agreement && state.agreement) {
    const a = summary.agreement;
    const on = state.agreement.optionId ? ` on "${optionName(state.agreement.optionId)}"` : '';
    const spread = a.distribution.filter((d) => d.count > 0).map((d) => `${d.count} × ${levelLabel(a.method, d.level)}`);
    blocks.push(
      `${AGREEMENT_SCALES[a.method].name}${on}: ${a.count} votes, from ${a.min} to ${a.max}${a.strongDisagreement ? ' (strong disagreement)' : ''}; ${spread.join('; ')}.`,
    );
  }
  if (summary.dots) {
    blocks.push(`Dot voting: ${summary.dots.map((d) => `${optionName(d.optionId)} ${d.total}`).join(', ')}.`);
  }
  return blocks.length ? ['Evaluation in the decision session:', ...blocks].join('\n\n') : '';
}

function parkedText(state: SessionState): string {
  const parked = state.concerns.filter((c) => c.status === 'parked');
  if (!parked.length) return '';
  return ['Parked concerns:', '', ...parked.map((c) => `* ${c.text} (owner: ${c.owner ?? 'nobody yet'})`)].join('\n');
}

function adviceText(state: SessionState): string {
  if (!state.advice.length) return '';
  const taken = { open: 'not settled', taken: 'taken', 'not-taken': 'not taken' } as const;
  return ['Advice sought:', '', ...state.advice.map((a) => `* ${a.from}: ${a.advice} (${taken[a.taken]})`)].join('\n');
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((n) => n.toLowerCase()));
  return [...a, ...b.filter((n) => !seen.has(n.toLowerCase()))];
}

function joinBlocks(blocks: readonly string[]): string {
  return blocks.map((b) => b.trim()).filter(Boolean).join('\n\n');
}
