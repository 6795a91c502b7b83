import type { GoalView } from '../api/goal-operations';
import { targetText } from './behavior-frequency';
import { goalStatusLabel, type CheckIn, type Goal } from './goal';
import { numberText, percentText, withUnit } from './number-text';
import { checkObservable } from './show-me-check';

function subjectName(goal: Goal, checkIn: CheckIn): string {
  if (checkIn.subject === 'result') return goal.results.find((r) => r.id === checkIn.subjectId)?.metric ?? 'result';
  const behavior = goal.behaviors.find((b) => b.id === checkIn.subjectId);
  return behavior ? `${behavior.who} ${behavior.action}` : 'behavior';
}

/** Table cells may not hold pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A readable page for one goal: context, results and behaviors with their progress and formulas, and every check-in. */
export function goalMarkdown({ goal, checkIns, progress, today }: GoalView): string {
  const lines = [`# ${goal.title}`, '', `Status on ${today}: **${goalStatusLabel(progress.status)}**`, '', '## Context', ''];
  const context: [string, string][] = [
    ['Team', goal.context.team],
    ['Stakeholders', goal.context.stakeholders],
    ['Way of working', goal.context.wayOfWorking],
    ['Started', goal.startDate],
    ['Sprint length', `${goal.sprintLengthDays} days`],
  ];
  for (const [label, value] of context) if (value) lines.push(`- ${label}: ${value}`);
  if (goal.context.notes) lines.push('', goal.context.notes);

  lines.push('', '## Results', '');
  goal.results.forEach((result, index) => {
    const p = progress.results[index]!;
    lines.push(
      `### ${result.metric}`,
      '',
      `- ${result.direction.replace(/-/g, ' ')}: baseline ${withUnit(result.baseline, result.unit)}, target ${withUnit(result.target, result.unit)}, deadline ${result.deadline}`,
      `- Progress: ${p.percent === null ? '—' : percentText(p.percent)} — ${p.percentFormula}`,
      `- Status: ${goalStatusLabel(p.status)} — ${p.statusFormula}`,
      '',
    );
  });

  lines.push('## Behaviors', '');
  goal.behaviors.forEach((behavior, index) => {
    const p = progress.behaviors[index]!;
    lines.push(`### ${behavior.who} ${behavior.action}`, '', `- Target: ${targetText(behavior)}${behavior.observedBy ? `, observed by ${behavior.observedBy}` : ''}`);
    if (behavior.antecedent) lines.push(`- Prompted by: ${behavior.antecedent}`);
    if (behavior.consequence) lines.push(`- Followed by: ${behavior.consequence}`);
    const check = checkObservable(behavior.action);
    if (!check.observable) lines.push(`- Show-me check: kept although not observable (${check.flags.map((f) => f.reason).join(' ')})`);
    lines.push(`- Frequency: ${p.perPeriod === null ? '—' : numberText(p.perPeriod)} per ${behavior.period} — ${p.formula}`, `- Status: ${goalStatusLabel(p.status)} — ${p.statusFormula}`, '');
  });

  if (goal.linkedDecisions.length > 0) {
    lines.push('## Decisions', '');
    for (const d of goal.linkedDecisions) lines.push(`- ${String(d.number).padStart(4, '0')} ${d.title} (${d.status})`);
    lines.push('');
  }

  lines.push('## Check-ins', '');
  if (checkIns.length === 0) {
    lines.push('No check-ins yet.', '');
  } else {
    lines.push('| Date | Result or behavior | Value | Confidence | Note |', '| --- | --- | ---: | ---: | --- |');
    for (const c of checkIns) {
      lines.push(`| ${c.date} | ${cell(subjectName(goal, c))} | ${numberText(c.value)} | ${c.confidence ?? ''} | ${cell(c.note)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every check-in of the goal as CSV, one row each, oldest first, for a spreadsheet. */
export function goalCsv({ goal, checkIns }: Pick<GoalView, 'goal' | 'checkIns'>): string {
  const header = ['date', 'kind', 'name', 'value', 'unit', 'confidence', 'note'];
  const rows = checkIns.map((c) => {
    const unit = c.subject === 'result' ? (goal.results.find((r) => r.id === c.subjectId)?.unit ?? '') : '';
    return [c.date, c.subject, subjectName(goal, c), String(c.value), unit, c.confidence === null ? '' : String(c.confidence), c.note];
  });
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
