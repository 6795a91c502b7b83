import { formatDecisionNumber } from '../domain/decision';
import type { LedgerView, Rotation, RotationLogEntry, RotationSchedule, RotationTopic } from '../api/rotation-operations';
import { describeCadence } from './cadence-text';
import type { LedgerLine } from './rotation-model';
import { defaultTurnLength, type TurnLength } from './turn-span';
import { calendarDateIn, wallClockIn } from './zoned-time';

/** What the document shows of the schedule as the API gives it; ledger lines may say when a member joins or leaves. */
export type MarkdownSchedule = Pick<RotationSchedule, 'occurrences'> & {
  ledger: (Pick<LedgerView, 'name' | 'held' | 'upcoming' | 'coversOwed' | 'active'> & Partial<Pick<LedgerLine, 'joinsOn' | 'leavesOn'>>)[];
};

/**
 * The rotation as a Markdown document a team can keep in its repository: settings, the upcoming
 * schedule (as many dates as `schedule` holds), the fairness counts, the open backlog, and the
 * session log. A topic has its own column, apart from notes on how a turn came to its holder; a turn
 * shows when it ends, which for a role is when the next holder takes over.
 */
export function rotationMarkdown(
  rotation: Rotation,
  schedule: MarkdownSchedule,
  topics: readonly RotationTopic[],
  log: readonly RotationLogEntry[],
  turnLength: TurnLength = defaultTurnLength(rotation),
): string {
  const length = turnLength.kind === 'fixed' ? `${turnLength.minutes} minutes` : 'each turn until the next holder takes over';
  const lines: string[] = [
    `# ${rotation.name}`,
    '',
    `- Kind: ${rotation.kind === 'teaching' ? 'teaching session' : 'role'}`,
    `- Cadence: ${describeCadence(rotation.cadence)} at ${rotation.time} (${rotation.timeZone}), ${length}`,
    `- Since: ${rotation.startDate}`,
    `- Members: ${rotation.members.filter((m) => m.activeUntil === null).map((m) => m.name).join(', ')}`,
  ];
  if (rotation.cap) lines.push(`- Cap: at most ${rotation.cap.maxTurns} turn(s) in ${rotation.cap.periodWeeks} week(s)`);
  if (rotation.checklist.trim()) lines.push('', '## Checklist', '', rotation.checklist.trim());

  const teaching = rotation.kind === 'teaching';
  const header = ['Date', teaching ? 'Presenter' : 'Holder', ...(rotation.withSecondary ? ['Secondary'] : []), ...(teaching ? ['Topic'] : []), 'Until', 'Note'];
  lines.push('', '## Schedule', '', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
  for (const o of schedule.occurrences) {
    const who = o.status === 'scheduled' ? (o.memberName ?? '') : `— (${o.reason ?? o.status})`;
    const row = [o.date, who, ...(rotation.withSecondary ? [o.secondaryName ?? ''] : []), ...(teaching ? [o.topic?.title ?? ''] : []), untilText(o, rotation.timeZone), noteOf(o)];
    lines.push(`| ${row.map(cell).join(' | ')} |`);
  }

  lines.push('', '## Fairness', '', '| Member | Turns held | Upcoming | Covers owed |', '| --- | --- | --- | --- |');
  for (const l of schedule.ledger) {
    const status = !l.active ? ' (not active)' : l.joinsOn ? ` (joins ${l.joinsOn})` : l.leavesOn ? ` (leaves ${l.leavesOn})` : '';
    lines.push(`| ${cell(l.name)}${status} | ${l.held} | ${l.upcoming} | ${l.coversOwed} |`);
  }

  const open = topics.filter((t) => t.assignedDate === null);
  if (open.length > 0) {
    lines.push('', '## Topic backlog', '');
    for (const t of open) lines.push(`- **${t.title}** (${t.voters.length} vote${t.voters.length === 1 ? '' : 's'}, proposed by ${t.proposedBy})`);
  }

  lines.push('', '## Session log', '');
  if (log.length === 0) lines.push('No sessions logged yet.');
  for (const entry of log) {
    lines.push(`### ${entry.date}${entry.holderName ? ` — ${entry.holderName}` : ''}`, '');
    if (entry.summary.trim()) lines.push(entry.summary.trim(), '');
    if (entry.attendance.length > 0) lines.push(`Attendance: ${entry.attendance.join(', ')}`, '');
    if (entry.notes.trim()) lines.push(`Notes: ${entry.notes.trim()}`, '');
    if (entry.handover.trim()) lines.push(`Handover: ${entry.handover.trim()}`, '');
    const about = [...entry.decisions.map((d) => `${formatDecisionNumber(d.number)} ${d.title}`), ...entry.goals.map((g) => `goal “${g.title}”`)];
    if (about.length > 0) lines.push(`About: ${about.join(', ')}`, '');
    if (entry.averageRating !== null) {
      lines.push(`Feedback: ${entry.averageRating} / 5 from ${entry.feedback.length}`, '');
      for (const f of entry.feedback) if (f.comment.trim()) lines.push(`- ${f.rating}/5 ${f.author}: ${f.comment.trim()}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** How the turn came to its holder: the notes column, never the topic's. */
function noteOf(o: RotationSchedule['occurrences'][number]): string {
  if (o.status !== 'scheduled') return '';
  const parts = [o.source === 'swap' ? 'swapped' : o.source === 'cover' ? 'covering' : o.source === 'repay' ? 'repays a cover' : ''];
  if (o.passedOver.length > 0) parts.push(`${o.passedOver.join(', ')} away`);
  return parts.filter(Boolean).join('; ');
}

/** When the turn ends, in the rotation's zone: the time, and the date too when it is another day. */
function untilText(o: RotationSchedule['occurrences'][number], timeZone: string): string {
  if (o.status !== 'scheduled') return '';
  const end = new Date(o.endsAt);
  const day = calendarDateIn(timeZone, end);
  return day === o.date ? wallClockIn(timeZone, end) : `${day} ${wallClockIn(timeZone, end)}`;
}

/** Keeps a table cell on one line and its pipes from ending the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
