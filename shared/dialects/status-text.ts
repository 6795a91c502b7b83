import { StatusName, statusLabel } from '../domain/decision-status';
import type { AdrLink } from './adr-document';
import { isSupersededByLink, parseLinkLine, parseLinkTargets, renderLink } from './link-text';
import { matchGroup } from '../text/match-group';

const EMOJI_STATUSES: ReadonlyArray<readonly [string, string]> = [
  ['✅✔☑👍🟢', 'accepted'],
  ['❌✖🚫⛔👎🔴', 'rejected'],
  ['💡📝🤔🟡⏳🚧', 'proposed'],
  ['⚠🗑', 'deprecated'],
  ['🔄♻🔁⏩⌛', 'superseded'],
];

/**
 * Status words in German, French, Spanish and Portuguese (written without accents) that mean a
 * built-in status; every other word is a status of its own ("approved", "implemented").
 */
const TRANSLATED: Record<string, string> = {
  angenommen: 'accepted',
  akzeptiert: 'accepted',
  beschlossen: 'accepted',
  accepte: 'accepted',
  acceptee: 'accepted',
  adopte: 'accepted',
  adoptee: 'accepted',
  aceptado: 'accepted',
  aceptada: 'accepted',
  aceito: 'accepted',
  aceita: 'accepted',
  vorgeschlagen: 'proposed',
  propose: 'proposed',
  proposee: 'proposed',
  propuesto: 'proposed',
  propuesta: 'proposed',
  proposto: 'proposed',
  proposta: 'proposed',
  abgelehnt: 'rejected',
  rejete: 'rejected',
  rejetee: 'rejected',
  refuse: 'rejected',
  refusee: 'rejected',
  rechazado: 'rejected',
  rechazada: 'rejected',
  rejeitado: 'rejected',
  rejeitada: 'rejected',
  veraltet: 'deprecated',
  obsolet: 'deprecated',
  deprecie: 'deprecated',
  depreciee: 'deprecated',
  obsolete: 'deprecated',
  obsoleto: 'deprecated',
  obsoleta: 'deprecated',
  deprecado: 'deprecated',
  deprecada: 'deprecated',
  ersetzt: 'superseded',
  abgelost: 'superseded',
  remplace: 'superseded',
  remplacee: 'superseded',
  reemplazado: 'superseded',
  reemplazada: 'superseded',
  sustituido: 'superseded',
  sustituida: 'superseded',
  substituido: 'superseded',
  substituida: 'superseded',
  superceded: 'superseded',
  superseeded: 'superseded',
  replaced: 'superseded',
  entwurf: 'draft',
  brouillon: 'draft',
  borrador: 'draft',
  rascunho: 'draft',
};

/** A status the file says is not known: Cairn writes "unknown" where leaving the status out would mean something (Log4brains). */
export const UNKNOWN_STATUS_TEXT = 'unknown';
const UNKNOWN_WORDS = new Set([UNKNOWN_STATUS_TEXT, 'unbekannt', 'inconnu', 'desconocido', 'desconhecido']);

/** Words that end a status and start its note: "Implemented in …", "Approved by …", "Reverted by …". */
const NOTE_WORDS = new Set(['by', 'in', 'on', 'see', 'since', 'as', 'for', 'at', 'with', 'until', 'via', 'per', 'from', 'after', 'due', 'because', 'and', 'but', 'durch', 'par', 'por', 'em', 'seit', 'am', 'le', 'el', 'en']);
const WORD = /[\p{L}][\p{L}\p{M}\p{N}'’-]*/gu;
/** A status has at most this many words; a longer run is a sentence, not a status. */
const MAX_STATUS_WORDS = 3;

/** A status as a file writes it, read into its parts. */
export interface StatusText {
  status: StatusName | null;
  /** The successor a superseded status names: "Superseded by [2. …](0002-….md)", "⌛️ Superseded [0019](…)". */
  link: AdrLink | null;
  /** What follows the status word, as written (" (see 019)", ". **This ADR did not reach consensus.**"); '' when nothing. */
  note: string;
  /** A template's placeholder ("{proposed | accepted}", "Accepted or Rejected"): a status not filled in. */
  unfilled: boolean;
  /** The file says the status is not known ("unknown", "unbekannt"). */
  statedUnknown: boolean;
}

/**
 * Reads a status as written: "Accepted", "✅ ACCEPTED", "⌛ Superseded", "**Accepted**", "on hold",
 * "angenommen", "Approved (by TSC vote on 3/15/21)" (approved, with a note), "Superseded by …" (with
 * its successor). A sentence, an empty value, a template's placeholder or "unknown" is no status.
 */
export function readStatusText(raw: string): StatusText {
  const text = raw
    .replace(/^\s*(?:>\s*)+/, '')
    .trim()
    .replace(/^\[([^[\]]*)\]$/, '$1');
  const none = { status: null, link: null, note: '', unfilled: false, statedUnknown: false };
  if (text === '') return none;
  if (isUnfilled(text)) return { ...none, unfilled: true };
  // Only a text with a Markdown link or a reference ("ADR-12", "#12") can name a successor.
  const linked = /[[\d#]/.test(text) ? parseLinkLine(stripLead(text), false) : null;
  if (linked && isSupersededByLink(linked.link)) return { ...none, status: 'superseded', link: linked.link };
  const lead = leadLength(text);
  const rest = text.slice(lead);
  const word = /^([\p{L}][\p{L}\p{M}\p{N}'’-]*)((?:[ \t]+[\p{L}][\p{L}\p{M}\p{N}'’-]*)*)/u.exec(rest);
  if (!word) return { ...none, status: lead > 0 ? emojiStatus(text.slice(0, lead)) : null, note: lead > 0 ? text.slice(lead).trimEnd() : '' };
  // Where each word of the run ends, so the status is the words before the first note word.
  const ends = [...word[0].matchAll(WORD)].map((m) => ({ word: m[0], end: (m.index) + m[0].length }));
  const cut = ends.findIndex((w, i) => i > 0 && NOTE_WORDS.has(w.word.toLowerCase()));
  const taken = cut < 0 ? ends.length : cut;
  if (taken > MAX_STATUS_WORDS) return none;
  const spelled = rest.slice(0, (ends[taken - 1] as { end: number }).end);
  const named = statusName(spelled.replace(/[*_`~]/g, ''));
  const status = named !== null && UNKNOWN_WORDS.has(named) ? null : named;
  const afterWord = stripClosingEmphasis(rest.slice(spelled.length));
  if (status === 'superseded') {
    const link = successorIn(spelled, afterWord);
    if (link) return { ...none, status, link };
  }
  return { ...none, status, note: afterWord.trim() === '' ? '' : afterWord.trimEnd(), statedUnknown: named !== null && status === null };
}

/** A status as written, read into the status and, for "superseded by [x](y)", the successor link. */
export function readStatusValue(text: string): { status: StatusName | null; link: AdrLink | null } {
  const { status, link } = readStatusText(text);
  return { status, link };
}

/** "{proposed | rejected}", "draft | accepted", "Accepted or Rejected", "proposed / accepted": a template's choice. */
function isUnfilled(text: string): boolean {
  if (/\S\s*\|\s*\S/.test(text) || /^\{.*\}$/.test(text)) return true;
  const choice = /^([\p{L}]+)\s*(?:\bor\b|\/|\|)\s*([\p{L}]+)\s*$/iu.exec(text.replace(/[*_`]/g, ''));
  return choice !== null && isStatusWord(matchGroup(choice, 1)) && isStatusWord(matchGroup(choice, 2));
}

function isStatusWord(word: string): boolean {
  const name = statusName(word);
  return name !== null && ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded', 'draft'].includes(name);
}

/** The length of what stands before the status word: emoji, emphasis markers, spaces. */
function leadLength(text: string): number {
  if (/^[A-Za-z]/.test(text)) return 0;
  const m = /^(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u200D|[*_`~\s])*/u.exec(text);
  return m ? m[0].length : 0;
}

function stripLead(text: string): string {
  return text.slice(leadLength(text)).replace(/^(\S.*?)[*_]+$/, '$1');
}

function stripClosingEmphasis(note: string): string {
  return note.replace(/^[*_`~]+/, '');
}

/** "Superseded [0019](…)", "Superseded by ADR-0019", "superseded by: [x](y)": the successor, when the note is only that. */
function successorIn(spelled: string, note: string): AdrLink | null {
  const m = /^([ \t]+(?:by|durch|par|por)\b:?)?[ \t]*(.*?)[ \t.]*$/i.exec(note);
  if (!m) return null;
  const targets = parseLinkTargets(matchGroup(m, 2));
  if (!targets || targets.length !== 1) return null;
  const label = spelled + (m[1] ?? '').replace(/:$/, '');
  return { kind: 'supersedes', direction: 'incoming', label, ...(targets[0] as NonNullable<typeof targets>[number]) };
}

/** "In Review" → "in-review", "Proposé" → "proposed", "Angenommen" → "accepted"; null when no status name can be made. */
function statusName(words: string): StatusName | null {
  const slug = words
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const name = TRANSLATED[slug] ?? slug;
  return StatusName.safeParse(name).success ? name : null;
}

function emojiStatus(text: string): StatusName | null {
  const found = EMOJI_STATUSES.find(([emojis]) => [...text].some((ch) => emojis.includes(ch)));
  return found ? found[1] : null;
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
