import { useState } from 'react';
import type { GoalView } from '../../../shared/api/goal-operations';
import type { CheckInSubject } from '../../../shared/goals/goal';
import { withUnit } from '../../../shared/goals/number-text';
import { FormDialog } from '../components/form-dialog';
import { Field, FieldControl, FieldMessage } from '../forms/field';
import type { FormFields } from '../forms/form-errors';
import { FormProblem } from '../forms/form-problem';
import { focusWhenReady } from '../focus/focus-when-ready';
import { showToast } from '../stores/toast-store';
import { ConfidenceOptions } from './confidence-options';
import { recordCheckIns } from './goal-actions';

interface Row {
  subject: CheckInSubject;
  subjectId: string;
  label: string;
  hint: string;
  yesNo: boolean;
  value: string;
  note: string;
  confidence: string;
}

function rowsOf(view: GoalView): Row[] {
  const empty = { value: '', note: '', confidence: '' };
  return [
    ...view.goal.results.map((r) => ({ subject: 'result' as const, subjectId: r.id, label: r.metric, hint: r.unit ? `in ${r.unit}` : `target ${withUnit(r.target, r.unit)}`, yesNo: false, ...empty })),
    ...view.goal.behaviors.map((b) => ({
      subject: 'behavior' as const,
      subjectId: b.id,
      label: `${b.who} ${b.action}`,
      hint: b.kind === 'yes-no' ? 'did it happen this time?' : `times this ${b.period === 'day' ? 'day' : 'check-in'}`,
      yesNo: b.kind === 'yes-no',
      ...empty,
    })),
  ];
}

const PARTS = { value: 'value', note: 'note', confidence: 'confidence' } as const;

/**
 * The dialog's fields: "date", and "row-N-value" (or note, confidence) per row. The API numbers
 * entries among the rows sent, those with a value, so "entries.1.value" is the second filled row.
 */
function checkInFields(rows: Row[]): FormFields {
  const filled = rows.flatMap((row, index) => (row.value.trim() === '' ? [] : [index]));
  return {
    fieldOf(apiField) {
      if (apiField === 'date') return 'date';
      const [, entry, part = 'value'] = /^entries\.(\d+)(?:\.(\w+))?/.exec(apiField) ?? [];
      const row = entry === undefined ? undefined : filled[Number(entry)];
      return row === undefined ? null : `row-${row}-${Object.hasOwn(PARTS, part) ? part : 'value'}`;
    },
    labelOf(field) {
      if (field === 'date') return 'Date';
      const [, index, part] = /^row-(\d+)-(value|note|confidence)$/.exec(field) ?? [];
      const row = index === undefined ? undefined : rows[Number(index)];
      if (!row) return undefined;
      return part === 'value' ? row.label : `${row.label} ${part}`;
    },
  };
}

/** Quick entry for a whole goal: one date, one row per result and behavior; rows left empty are skipped. */
export function CheckInDialog({ view, onClose }: { view: GoalView; onClose: () => void }) {
  const [date, setDate] = useState(view.today);
  const [rows, setRows] = useState(() => rowsOf(view));

  const change = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = async () => {
    const filled = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.value.trim() !== '');
    const [first, ...more] = filled
      .filter(({ row }) => !Number.isFinite(Number(row.value)))
      .map(({ row, index }) => ({ field: `row-${index}-value`, message: `${row.label}: "${row.value}" is not a number.` }));
    if (first) throw new FormProblem(first, ...more);
    if (filled.length === 0) throw new FormProblem({ field: 'entries', message: 'Enter a value for at least one result or behavior.' });
    await recordCheckIns(view.goal, {
      date,
      entries: filled.map(({ row }) => ({
        subject: row.subject,
        subjectId: row.subjectId,
        value: Number(row.value),
        note: row.note,
        confidence: row.confidence === '' ? null : Number(row.confidence),
      })),
    });
    showToast(`Checked in ${filled.length} ${filled.length === 1 ? 'value' : 'values'} for ${date}`);
    onClose();
    focusWhenReady(() => document.querySelector<HTMLElement>(`.check-in-history tr[data-date="${date}"]`));
  };

  return (
    <FormDialog
      title={`Check in: ${view.goal.title}`}
      size="medium"
      onDismiss={onClose}
      onSubmit={submit}
      fields={checkInFields(rows)}
      submitLabel="Save check-in"
      className="check-in-form"
    >
      <Field name="date" label="Date" className="check-in-date">
        {(control) => <input {...control} type="date" className="input" value={date} min={view.goal.startDate} max={view.today} onChange={(event) => setDate(event.target.value)} />}
      </Field>
      <table className="check-in-table">
        <thead>
          <tr>
            <th scope="col">Result or behavior</th>
            <th scope="col">Value</th>
            <th scope="col">Note</th>
            <th scope="col">
              Confidence <span className="field-hint">0–10</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.subjectId}>
              <th scope="row">
                <span className="check-in-kind">{row.subject === 'result' ? 'Result' : 'Behavior'}</span>
                {row.label}
                <span className="field-hint">{row.hint}</span>
              </th>
              <td>
                <FieldControl name={`row-${index}-value`}>
                  {(control) =>
                    row.yesNo ? (
                      <select {...control} className="select" aria-label={`${row.label}: value`} value={row.value} onChange={(event) => change(index, { value: event.target.value })}>
                        <option value="">Not recorded</option>
                        <option value="1">Yes</option>
                        <option value="0">No</option>
                      </select>
                    ) : (
                      <input
                        {...control}
                        className="input check-in-value"
                        inputMode="decimal"
                        aria-label={`${row.label}: value`}
                        value={row.value}
                        onChange={(event) => change(index, { value: event.target.value })}
                        autoComplete="off"
                      />
                    )
                  }
                </FieldControl>
                <FieldMessage name={`row-${index}-value`} />
              </td>
              <td>
                <FieldControl name={`row-${index}-note`}>
                  {(control) => <input {...control} className="input" aria-label={`${row.label}: note`} value={row.note} onChange={(event) => change(index, { note: event.target.value })} autoComplete="off" />}
                </FieldControl>
                <FieldMessage name={`row-${index}-note`} />
              </td>
              <td>
                <FieldControl name={`row-${index}-confidence`}>
                  {(control) => (
                    <select {...control} className="select check-in-confidence" aria-label={`${row.label}: confidence`} value={row.confidence} onChange={(event) => change(index, { confidence: event.target.value })}>
                      <ConfidenceOptions />
                    </select>
                  )}
                </FieldControl>
                <FieldMessage name={`row-${index}-confidence`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </FormDialog>
  );
}
