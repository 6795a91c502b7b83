import { formatDecisionNumber } from '../domain/decision';
import type { Rotation, RotationLogEntry, RotationSchedule, RotationTopic } from '../api/rotation-operations';
import { describeCadence } from './cadence-text';

/**
 * The rotation as a Markdown document a team can keep in its repository: settings, the upcoming
 * schedule, the fairness counts, the open backlog, and the session log.
 */
export function rotationMarkdown(rotation: Rotation, schedule: RotationSchedule, topics: readonly RotationTopic[], log: readonly RotationLogEntry[]): string {
  const lines: string[] = [
    `# ${rotation.name}`,
    '',
    `- Kind: ${rotation.kind === 'teaching' ? 'teaching session' : 'role'}`,
    `- Cadence: ${describeCadence(rotation.cadence)} at ${rotation.time} (${rotation.timeZone}), ${rotation.durationMinutes} minutes`,
    `- Since: ${rotation.startDate}`,
    `- Members: ${rotation.members.filter((m) => m.activeUntil === null).map((m) => m.name).join(', ')}`,
  ];
  if (rotation.cap) lines.push(`- Cap: at most ${rotation.cap.maxTurns} turn(s) in ${rotation.cap.periodWeeks} week(s)`);
  if (rotation.checklist.trim()) lines.push('', '## Checklist', '', rotation.checklist.trim());

  lines.push('', '## Schedule', '', `| Date | ${rotation.kind === 'teaching' ? 'Presenter' : 'Holder'} | ${rotation.kind === 'teaching' ? 'Topic' : 'Note'} |`, '| --- | --- | --- |');
  for (const o of schedule.occurrences) {
    const who = o.status === 'scheduled' ? (o.memberName ?? '') : `— (${o.reason ?? o.status})`;
    const secondary = o.secondaryName ? `secondary: ${o.secondaryName}` : '';
    const note = o.topic?.title ?? (secondary || null) ?? (o.source === 'swap' ? 'swapped' : o.source === 'cover' ? 'cover' : o.source === 'repay' ? 'repays a cover' : '');
    lines.push(`| ${o.date} | ${cell(who)} | ${cell(note)} |`);
  }

  lines.push('', '## Fairness', '', '| Member | Turns held | Upcoming | Covers owed |', '| --- | --- | --- | --- |');
  for (const l of schedule.ledger) {
    lines.push(`| ${cell(l.name)}${l.active ? '' : ' (not active)'} | ${l.held} | ${l.upcoming} | ${l.coversOwed} |`);
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

/** Keeps a table cell on one line and its pipes from ending the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
