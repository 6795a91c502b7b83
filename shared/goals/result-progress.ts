import type { CalendarDate } from '../domain/calendar-date';
import type { GoalResult, GoalStatus } from './goal';
import { daysBetween } from './goal-calendar';
import { numberText, percentText, withUnit } from './number-text';

/** One dated value of a result or behavior. */
export interface Measurement {
  date: CalendarDate;
  value: number;
  /** How sure the person checking in was, 0–10, when they said. */
  confidence?: number | null;
}

export interface ResultVerdict extends Measurement {
  /** Whether this check-in holds the line of a stay-at-or-above/below result. */
  pass: boolean;
}

export interface ResultProgress {
  resultId: string;
  latest: Measurement | null;
  /** The confidence given with the latest value, so the figure can show how sure it is; null when none was given. */
  latestConfidence: number | null;
  /**
   * Increase/decrease: percent of the way from baseline to target (may pass 100, or go below 0 when the
   * metric moved the wrong way). Stay-at-or-above/below: the share of check-ins that held the line.
   */
  percent: number | null;
  /** How `percent` was worked out, with the numbers put in. */
  percentFormula: string;
  status: GoalStatus;
  /** Why the status is what it is, with the numbers put in. */
  statusFormula: string;
  /** Stay directions only: pass or fail per check-in, oldest first. */
  verdicts: ResultVerdict[];
}

/** Below this share of the pace needed to reach the target in time, a result is off track rather than at risk. */
export const AT_RISK_PACE = 0.8;

/**
 * The progress of one result from its check-ins (any order), the goal's start date and today. The
 * status of an increase/decrease result projects the pace so far to the deadline; a stay result passes
 * or fails each check-in and looks at the latest two.
 */
export function resultProgress(result: GoalResult, measurements: readonly Measurement[], startDate: CalendarDate, today: CalendarDate): ResultProgress {
  const ordered = [...measurements].sort((a, b) => a.date.localeCompare(b.date));
  const latest = ordered.at(-1) ?? null;
  if (!latest) {
    return { resultId: result.id, latest: null, latestConfidence: null, percent: null, percentFormula: 'No check-ins yet', status: 'no-data', statusFormula: 'No check-ins yet', verdicts: [] };
  }
  const progress = result.direction === 'increase' || result.direction === 'decrease' ? movingProgress(result, latest, startDate, today) : holdingProgress(result, ordered);
  return { ...progress, latestConfidence: latest.confidence ?? null };
}

function movingProgress(result: GoalResult, latest: Measurement, startDate: CalendarDate, today: CalendarDate): Omit<ResultProgress, 'latestConfidence'> {
  const { baseline, target, unit } = result;
  const base = { resultId: result.id, latest, verdicts: [] };
  if (baseline === target) {
    const reached = result.direction === 'increase' ? latest.value >= target : latest.value <= target;
    const sign = result.direction === 'increase' ? '≥' : '≤';
    return {
      ...base,
      percent: null,
      percentFormula: `Baseline equals target (${withUnit(target, unit)}): there is no distance to measure`,
      status: reached ? 'on-track' : 'off-track',
      statusFormula: `${withUnit(latest.value, unit)} ${reached ? sign : 'is not ' + sign} target ${withUnit(target, unit)}`,
    };
  }
  const percent = ((latest.value - baseline) / (target - baseline)) * 100;
  const percentFormula = `(latest − baseline) ÷ (target − baseline) = (${numberText(latest.value)} − ${numberText(baseline)}) ÷ (${numberText(target)} − ${numberText(baseline)}) = ${percentText(percent)}`;
  return { ...base, percent, percentFormula, ...paceStatus(percent, latest.date, startDate, result.deadline, today) };
}

function paceStatus(
  percent: number,
  measuredOn: CalendarDate,
  startDate: CalendarDate,
  deadline: CalendarDate,
  today: CalendarDate,
): { status: GoalStatus; statusFormula: string } {
  const reached = `${percentText(percent)} of the way`;
  if (today > deadline) {
    return percent >= 100
      ? { status: 'on-track', statusFormula: `Deadline ${deadline} has passed; ${reached} reached the target` }
      : { status: 'off-track', statusFormula: `Deadline ${deadline} has passed with ${reached}: the target was not reached` };
  }
  const totalDays = daysBetween(startDate, deadline);
  const elapsedDays = Math.min(Math.max(daysBetween(startDate, measuredOn), 0), totalDays);
  if (percent >= 100) return { status: 'on-track', statusFormula: `${reached}: the target is reached` };
  if (elapsedDays <= 0 || totalDays <= 0) {
    return percent >= 0
      ? { status: 'on-track', statusFormula: `Measured on the start day: no pace to judge yet (${reached})` }
      : { status: 'at-risk', statusFormula: `Measured on the start day, ${percentText(percent)}: moving away from the target` };
  }
  const elapsed = elapsedDays / totalDays;
  const projected = percent / elapsed;
  const status: GoalStatus = projected >= 100 ? 'on-track' : projected >= AT_RISK_PACE * 100 ? 'at-risk' : 'off-track';
  const verdict = status === 'on-track' ? 'on track' : status === 'at-risk' ? `at risk (below 100%, at least ${percentText(AT_RISK_PACE * 100)})` : `off track (below ${percentText(AT_RISK_PACE * 100)})`;
  return {
    status,
    statusFormula: `${reached} after ${percentText(elapsed * 100)} of the time (${elapsedDays} of ${totalDays} days): at this pace ${percentText(percent)} ÷ ${percentText(elapsed * 100)} = ${percentText(projected)} by ${deadline} → ${verdict}`,
  };
}

function holdingProgress(result: GoalResult, ordered: readonly Measurement[]): Omit<ResultProgress, 'latestConfidence'> {
  const above = result.direction === 'stay-at-or-above';
  const sign = above ? '≥' : '≤';
  const verdicts = ordered.map((m) => ({ ...m, pass: above ? m.value >= result.target : m.value <= result.target }));
  const passes = verdicts.filter((v) => v.pass).length;
  const percent = (passes / verdicts.length) * 100;
  const [previous, latest] = [verdicts.at(-2), verdicts.at(-1)!];
  const line = `${withUnit(latest.value, result.unit)} ${latest.pass ? sign : 'is not ' + sign} ${withUnit(result.target, result.unit)}`;
  let status: GoalStatus;
  let statusFormula: string;
  if (latest.pass) {
    status = 'on-track';
    statusFormula = `Latest check-in ${line} → pass`;
  } else if (previous?.pass !== false) {
    status = 'at-risk';
    statusFormula = `Latest check-in ${line} → fail${previous ? ' (the one before passed)' : ''}`;
  } else {
    status = 'off-track';
    statusFormula = `Latest two check-ins fail: ${line}, and ${withUnit(previous.value, result.unit)} before it`;
  }
  return {
    resultId: result.id,
    latest,
    percent,
    percentFormula: `check-ins ${sign} ${withUnit(result.target, result.unit)} ÷ all check-ins = ${passes} ÷ ${verdicts.length} = ${percentText(percent)}`,
    status,
    statusFormula,
    verdicts,
  };
}
