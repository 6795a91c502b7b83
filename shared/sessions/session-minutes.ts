import { AGREEMENT_SCALES, levelLabel } from './agreement-scale';
import { summariseEvaluation } from './evaluation-summary';
import { elapsedMs } from './phase-timer';
import type { Session } from './session';
import { PHASES, PHASE_INFO } from './session-phase';

const ROLE_LABEL = { 'decision-maker': 'decision-maker', consulted: 'consulted', observer: 'observer' } as const;
const CONCERN_LABEL = { open: 'open', resolved: 'resolved', risk: 'accepted as a risk', parked: 'parked' } as const;

/** The session's own minutes as Markdown: who was there, how long each phase took, what was asked, voted and decided. */
export function renderSessionMinutes(session: Session, now: Date): string {
  const s = session.state;
  const optionName = (id: string) => s.options.find((o) => o.id === id)?.name ?? id;
  const out: string[] = [`# Minutes: ${session.title}`, '', `* Started: ${utcMinute(session.createdAt)}`];
  if (session.finishedAt) out.push(`* Finished: ${utcMinute(session.finishedAt)}`);
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
    for (const o of s.options) out.push(`* ${o.name}${o.pros.length || o.cons.length ? ` (${o.pros.length} pros, ${o.cons.length} cons)` : ''}`);
  }

  const evaluation = summariseEvaluation(s);
  if (evaluation.weighted || evaluation.agreement || evaluation.dots) out.push('', '## Votes', '');
  if (evaluation.weighted) for (const r of evaluation.weighted) out.push(`* Weighted score, ${optionName(r.optionId)}: ${r.total} (${Math.round(r.share * 100)}%)`);
  if (evaluation.agreement && s.agreement) {
    const a = evaluation.agreement;
    out.push(`* ${AGREEMENT_SCALES[a.method].name}${s.agreement.optionId ? ` on "${optionName(s.agreement.optionId)}"` : ''}${s.agreement.anonymous ? ' (anonymous)' : ''}: ${a.count} votes, min ${a.min}, max ${a.max}${a.strongDisagreement ? ', strong disagreement' : ''}`);
    for (const d of a.distribution.filter((d) => d.count > 0)) out.push(`  * ${d.level} (${levelLabel(a.method, d.level)}): ${d.count}`);
  }
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

function minutes(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** "2026-11-29 04:20 UTC": minutes are shared across time zones, so they say which one. */
function utcMinute(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
