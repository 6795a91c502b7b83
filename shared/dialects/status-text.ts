import { StatusName, statusLabel } from '../domain/decision-status';
import type { AdrLink } from './adr-document';
import { isSupersededByLink, parseLinkLine, renderLink } from './link-text';

const EMOJI_STATUSES: ReadonlyArray<readonly [string, string]> = [
  ['✅✔☑👍🟢', 'accepted'],
  ['❌✖🚫⛔👎🔴', 'rejected'],
  ['💡📝🤔🟡⏳🚧', 'proposed'],
  ['⚠🗑', 'deprecated'],
  ['🔄♻🔁⏩', 'superseded'],
];
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u200D/gu;

/**
 * "ACCEPTED", "✅ Accepted", "**Accepted**", "on hold" → a StatusName ("accepted", "on-hold");
 * "Superseded by …" → "superseded". Null when the text cannot be a status (a template placeholder).
 */
export function normaliseStatus(text: string): StatusName | null {
  const words = text.replace(PICTOGRAPHS, ' ').replace(/[*_`~[\]{}"']/g, ' ').trim().toLowerCase();
  if (words === '') return emojiStatus(text);
  if (/^(superseded|superceded|replaced)\b/.test(words)) return 'superseded';
  const slug = words.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return StatusName.safeParse(slug).success ? slug : null;
}

function emojiStatus(text: string): StatusName | null {
  const found = EMOJI_STATUSES.find(([emojis]) => [...text].some((ch) => emojis.includes(ch)));
  return found ? found[1] : null;
}

/** A status as written, read into the status and, for "superseded by [x](y)", the successor link. */
export function readStatusValue(text: string): { status: StatusName | null; link: AdrLink | null } {
  const linked = parseLinkLine(text, false);
  if (linked && isSupersededByLink(linked.link)) return { status: 'superseded', link: linked.link };
  return { status: normaliseStatus(text), link: null };
}

export type StatusCase = 'lower' | 'upper' | 'capital';

/** How a file spells its statuses, so a changed status is written the same way ("Accepted", "accepted", "ACCEPTED"). */
export function statusCase(written: string): StatusCase {
  const letters = written.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return 'upper';
  return /^[^A-Za-z]*[A-Z]/.test(written) ? 'capital' : 'lower';
}

/** A status (or its successor link) as a file writes it, in the file's case. */
export function renderStatusValue(status: string, link: AdrLink | null, style: StatusCase): string {
  if (link) return renderLink(link);
  return applyCase(statusLabel(status), style);
}

function applyCase(label: string, style: StatusCase): string {
  if (style === 'upper') return label.toUpperCase();
  return style === 'lower' ? label.toLowerCase() : label;
}
