import type { CalendarDate } from '../domain/calendar-date';
import { Id, Tag } from '../domain/decision';
import type { StatusName } from '../domain/decision-status';
import type { AdrLink } from './adr-document';
import { parseDateText, readDateText, type DateOrder } from './date-text';
import { isKnownLinkPhrase, linkMeaning, parseLinkTargets, renderLinkTarget } from './link-text';
import { readStatusValue, renderStatusValue, type StatusCase } from './status-text';

/** The decision fields a metadata line or front-matter key can hold. */
export type MetaField = 'status' | 'date' | 'reviewBy' | 'decisionMakers' | 'consulted' | 'informed' | 'tags' | 'id' | 'title' | 'links';

export interface MetaValues {
  status: { status: StatusName | null; link: AdrLink | null; written: string };
  date: CalendarDate | null;
  reviewBy: CalendarDate | null;
  decisionMakers: string[];
  consulted: string[];
  informed: string[];
  tags: string[];
  id: string | null;
  title: string;
  links: AdrLink[];
}

/** Keys as they are written (in lower case, without accents), in English, German, French, Spanish and Portuguese. */
const KEYS: Record<string, MetaField> = {
  status: 'status',
  statut: 'status',
  etat: 'status',
  estado: 'status',
  situacao: 'status',
  date: 'date',
  datum: 'date',
  fecha: 'date',
  data: 'date',
  'last updated': 'date',
  'decision date': 'date',
  'date of decision': 'date',
  'date of submission': 'date',
  'submission date': 'date',
  'date submitted': 'date',
  submitted: 'date',
  'submitted on': 'date',
  created: 'date',
  'created on': 'date',
  'date created': 'date',
  'creation date': 'date',
  decided: 'date',
  'decided on': 'date',
  entscheidungsdatum: 'date',
  'date de decision': 'date',
  'fecha de decision': 'date',
  'data da decisao': 'date',
  'review by': 'reviewBy',
  'review date': 'reviewBy',
  'revisit by': 'reviewBy',
  'decision makers': 'decisionMakers',
  'decision maker': 'decisionMakers',
  deciders: 'decisionMakers',
  decider: 'decisionMakers',
  author: 'decisionMakers',
  authors: 'decisionMakers',
  entscheider: 'decisionMakers',
  entscheidungstrager: 'decisionMakers',
  decideurs: 'decisionMakers',
  decisores: 'decisionMakers',
  autor: 'decisionMakers',
  autoren: 'decisionMakers',
  auteur: 'decisionMakers',
  auteurs: 'decisionMakers',
  autores: 'decisionMakers',
  consulted: 'consulted',
  konsultiert: 'consulted',
  consultes: 'consulted',
  consultados: 'consulted',
  informed: 'informed',
  informiert: 'informed',
  informes: 'informed',
  informados: 'informed',
  tags: 'tags',
  tag: 'tags',
  schlagworter: 'tags',
  etiquettes: 'tags',
  etiquetas: 'tags',
  labels: 'tags',
  keywords: 'tags',
  'cairn id': 'id',
  title: 'title',
};

/** The field a key names, in any of its spellings: "Deciders", "decision-makers", "Decider(s)", "Author", "Statut", "Situação". */
export function metaFieldForKey(key: string): MetaField | null {
  const known = FIELD_OF_KEY.get(key);
  if (known !== undefined) return known;
  const field = fieldOfKey(key);
  if (FIELD_OF_KEY.size < 10_000) FIELD_OF_KEY.set(key, field);
  return field;
}

/** Keys seen so far: every line of every file asks, and most files use the same few keys. */
const FIELD_OF_KEY = new Map<string, MetaField | null>();

function fieldOfKey(key: string): MetaField | null {
  const normal = key
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\(s\)/g, '')
    .replace(/[-_\s]+/g, ' ')
    .trim();
  if (KEYS[normal]) return KEYS[normal];
  return isKnownLinkPhrase(normal) ? 'links' : null;
}

/**
 * Reads a value written as text (a metadata line) or as YAML (a front-matter key). A date is read
 * from the start of the value (what follows is a note) with day and month in `order`.
 */
export function readMetaValue<F extends MetaField>(field: F, key: string, raw: unknown, order: DateOrder = 'day-first'): MetaValues[F] {
  return READERS[field](key, raw, order);
}

const READERS: { [F in MetaField]: (key: string, raw: unknown, order: DateOrder) => MetaValues[F] } = {
  status: (_key, raw) => {
    const written = scalarText(raw);
    return written.trim() === '' ? { status: null, link: null, written } : { ...readStatusValue(written), written };
  },
  date: (_key, raw, order) => readDateText(scalarText(raw), order).date,
  reviewBy: (_key, raw) => parseDateText(scalarText(raw)),
  decisionMakers: (_key, raw) => readPeople(raw),
  consulted: (_key, raw) => readPeople(raw),
  informed: (_key, raw) => readPeople(raw),
  tags: (_key, raw) => readTags(raw),
  id: (_key, raw) => {
    const text = scalarText(raw).trim();
    return Id.safeParse(text).success ? text : null;
  },
  title: (_key, raw) => scalarText(raw).trim(),
  links: (key, raw) => {
    const meaning = linkMeaning(key);
    const targets = parseLinkTargets(listText(raw));
    if (!meaning || !targets) return [];
    return targets.map((target) => ({ kind: meaning.kind, direction: meaning.direction, label: key, ...target }));
  },
};

/** A value as text: a YAML scalar as a string, a list or map as nothing. */
export function scalarText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw;
  return typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint' ? String(raw) : '';
}

function listText(raw: unknown): string {
  return Array.isArray(raw) ? raw.map(scalarText).join(', ') : scalarText(raw);
}

function readPeople(raw: unknown): string[] {
  const items = Array.isArray(raw) ? raw.map(scalarText) : scalarText(raw).split(/[,;]/);
  return items.map((item) => item.trim()).filter((item) => item !== '' && item.length <= 200);
}

function readTags(raw: unknown): string[] {
  const items = Array.isArray(raw) ? raw.map(scalarText) : [scalarText(raw)];
  return items.flatMap((item) => item.split(/[\s,]+/)).filter((tag) => Tag.safeParse(tag).success);
}

/** Whether a field holds the same value (a status by its normalised name and successor, not its spelling). */
export function sameMetaValue<F extends MetaField>(field: F, a: MetaValues[F], b: MetaValues[F]): boolean {
  if (field === 'status') {
    const [x, y] = [a as MetaValues['status'], b as MetaValues['status']];
    return x.status === y.status && JSON.stringify(x.link) === JSON.stringify(y.link);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

export function isEmptyMetaValue<F extends MetaField>(field: F, value: MetaValues[F]): boolean {
  if (field === 'status') return (value as MetaValues['status']).status === null;
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A value as a metadata line writes it; a status in the case the file uses ("Accepted", "accepted"). */
export function renderMetaText<F extends MetaField>(field: F, value: MetaValues[F], caseStyle: StatusCase): string {
  switch (field) {
    case 'status': {
      const { status, link } = value as MetaValues['status'];
      return renderStatusValue(status ?? '', link, caseStyle);
    }
    case 'links':
      return (value as AdrLink[]).map(renderLinkTarget).join(', ');
    case 'decisionMakers':
    case 'consulted':
    case 'informed':
    case 'tags':
      return (value as string[]).join(', ');
    default:
      // date, reviewBy, id and title: text or nothing.
      return (value as string | null) ?? '';
  }
}
