import type { Rotation } from '../../../shared/api/rotation-operations';
import { FieldMessage } from '../forms/field';
import { moveMember } from './member-order';

/**
 * The new order of a rotation's members: a numbered list, each name with buttons to move it one
 * place earlier or later (buttons, not dragging, so the keyboard and a screen reader do it too).
 */
export function MemberOrderField({ rotation, order, onChange }: { rotation: Rotation; order: readonly string[]; onChange: (order: string[]) => void }) {
  const name = (id: string) => rotation.members.find((m) => m.id === id)?.name ?? 'someone';
  return (
    <fieldset className="field member-order">
      <legend>New order</legend>
      <p className="field-hint">The first takes the first turn from that date, then the next, and round again.</p>
      <ol className="member-order-list">
        {order.map((id, index) => (
          <li key={id} className="member-order-row">
            <span className="member-order-name">{name(id)}</span>
            <button type="button" className="button button-quiet button-small" disabled={index === 0} onClick={() => onChange(moveMember(order, index, -1))} aria-label={`Move ${name(id)} earlier`}>
              ↑ Earlier
            </button>
            <button type="button" className="button button-quiet button-small" disabled={index === order.length - 1} onClick={() => onChange(moveMember(order, index, 1))} aria-label={`Move ${name(id)} later`}>
              ↓ Later
            </button>
          </li>
        ))}
      </ol>
      {order.length === 0 && <p className="section-empty">Nobody is in the rotation on that date.</p>}
      <FieldMessage name="memberIds" />
    </fieldset>
  );
}
