import { numberText } from '../goals/number-text';
import { localMinuteText } from '../rotations/zoned-time';
import { AGREEMENT_SCALES, levelLabel } from './agreement-scale';
import { agreementSummary, dotsSummary, scoringCells, summariseEvaluation } from './evaluation-summary';
import { elapsedMs } from './phase-timer';
import type { AgreementRound, PastRound, Session, SessionState } from './session';
import { PHASES, PHASE_INFO } from './session-phase';
import { meanScores, scoreOptions } from './weighted-scoring';

const ROLE_LABEL = { 'decision-maker': 'decision-maker', consulted: 'consulted', observer: 'observer' } as const;
const CONCERN_LABEL = { open: 'open', resolved: 'resolved', risk: 'accepted as a risk', parked: 'parked' } as const;

/**
 * The session's own minutes as Markdown: who was there, how long each phase took, what was asked,
 * voted and decided, with each option's pros and cons and the result of every round, earlier ones too.
 * Times are in the facilitator's `timeZone`, named, since the minutes travel to other zones.
 */
export function renderSessionMinutes(session: Session, now: Date, timeZone = 'UTC'): string {
  const s = session.state;
  const optionName = (id: string) => s.options.find((o) => o.id === id)?.name ?? id;
  const at = (iso: string) => localMinuteText(new Date(iso), timeZone);
  const out: string[] = [`# Minutes: ${session.title}`, '', `* Started: ${at(session.createdAt)}`];
  if (session.finishedAt) out.push(`* Finished: ${at(session.finishedAt)}`);
  out.push('', '## Participants', '');
  out.push(...(s.participants.length ? s.participants.map((p) => `* ${p.name} (${ROLE_LABEL[p.role]})`) : ['No participants recorded.']));

  out.push('', '## Timings', '', '| Phase | Timebox | Time spent |', '|---|---|---|');
  for (const phase of PHASES) {
    // A finished session has folded its last phase's time into spentMs already.
    const current = phase === s.phase && !session.finishedAt ? elapsedMs(s.timer, now) : 0;
    out.push(`| ${PHASE_INFO[phase].label} | ${s.timeboxes[phase]} min | ${minutes((s.spentMs[phase] ?? 0) + current)} |`);
  }

  if (s.questions.length) {
    out.push('', '## Questions asked', '');
    for (const q of s.questions) out.push(`* ${PHASE_INFO[q.phase].label}: ${q.text}`);
  }
  const notes = PHASES.filter((p) => (s.notes[p] ?? '').trim());
  if (notes.length) {
    out.push('', '## Notes', '');
    for (const p of notes) out.push(`### ${PHASE_INFO[p].label}`, '', (s.notes[p] ?? '').trim(), '');
  }
  if (s.options.length) {
    out.push('', '## Options', '');
    for (const o of s.options) {
      out.push(`* ${o.name}`);
      for (const pro of o.pros) out.push(`  * Pro: ${pro}`);
      for (const con of o.cons) out.push(`  * Con: ${con}`);
    }
  }

  const evaluation = summariseEvaluation(s);
  if (evaluation.weighted || evaluation.agreement || evaluation.dots || s.pastRounds.length) out.push('', '## Votes', '');
  for (const past of s.pastRounds) out.push(...pastRoundLines(s, past));
  if (evaluation.weighted) {
    const from = evaluation.weightedFrom?.kind === 'people' ? `, mean of ${evaluation.weightedFrom.count} people` : '';
    for (const r of evaluation.weighted) out.push(`* Weighted score${from}, ${optionName(r.optionId)}: ${numberText(r.total)} (${Math.round(r.share * 100)}%)`);
    for (const c of (evaluation.cells ?? []).filter((cell) => cell.wide)) {
      out.push(`  * ${s.criteria.find((x) => x.id === c.criterionId)?.name ?? ''} for ${optionName(c.optionId)}: scores from ${c.min} to ${c.max}`);
    }
  }
  if (evaluation.agreement && s.agreement) out.push(...agreementLines(s, s.agreement, ''));
  if (evaluation.dots) for (const d of evaluation.dots) out.push(`* Dots, ${optionName(d.optionId)}: ${d.total} from ${d.voters} people`);

  if (s.concerns.length) {
    out.push('', '## Concerns', '');
    for (const c of s.concerns) {
      const detail = [CONCERN_LABEL[c.status], c.owner ? `owner ${c.owner}` : '', c.note].filter(Boolean).join(', ');
      out.push(`* ${c.text}${c.raisedBy ? ` (raised by ${c.raisedBy})` : ''}: ${detail}`);
    }
  }
  if (s.advice.length) {
    out.push('', '## Advice log', '');
    for (const a of s.advice) out.push(`* ${a.from}: ${a.advice} (${a.taken === 'open' ? 'not settled' : a.taken === 'taken' ? 'taken' : 'not taken'})`);
  }

  out.push('', '## Outcome', '');
  if (!s.outcome) out.push('No outcome yet.');
  else if (s.outcome.kind === 'chosen') out.push(`Chosen option: "${optionName(s.outcome.optionId)}"${s.outcome.justification.trim() ? `, because ${s.outcome.justification.trim()}` : ''}`);
  else out.push(`Not now; revisit on ${s.outcome.revisitOn}.${s.outcome.justification.trim() ? ` ${s.outcome.justification.trim()}` : ''}`);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function agreementLines(s: SessionState, round: AgreementRound, prefix: string): string[] {
  const optionName = (id: string) => s.options.find((o) => o.id === id)?.name ?? id;
  const a = agreementSummary(round);
  return [
    `* ${prefix}${AGREEMENT_SCALES[a.method].name}${round.optionId ? ` on "${optionName(round.optionId)}"` : ''}${round.anonymous ? ' (anonymous)' : ''}: ${a.count} votes, min ${a.min}, max ${a.max}${a.strongDisagreement ? ', strong disagreement' : ''}`,
    ...a.distribution.filter((d) => d.count > 0).map((d) => `  * ${d.level} (${levelLabel(a.method, d.level)}): ${d.count}`),
  ];
}

/** A round a later one replaced, as the minutes keep it. */
function pastRoundLines(s: SessionState, past: PastRound): string[] {
  const optionName = (id: string) => s.options.find((o) => o.id === id)?.name ?? id;
  switch (past.kind) {
    case 'agreement':
      return agreementLines(s, past.round, 'Earlier round, ');
    case 'dots':
      return [`* Earlier dot round (${past.round.dotsPerPerson} dots each): ${dotsSummary(s, past.round).map((d) => `${optionName(d.optionId)} ${d.total}`).join(', ')}`];
    case 'scoring': {
      const totals = scoreOptions(s.options.map((o) => o.id), s.criteria, meanScores(scoringCells(s, past.round)));
      return [`* Earlier scoring round (${past.round.ballots.length} people): ${totals.map((r) => `${optionName(r.optionId)} ${numberText(r.total)}`).join(', ')}`];
    }
  }
}

function minutes(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
