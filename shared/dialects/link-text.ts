import { formatDecisionNumber } from '../domain/decision';
import type { LinkKind } from '../domain/link-kind';
import type { AdrLink } from './adr-document';
import { baseName, readFileName } from './adr-file-name';
import { matchGroup } from '../text/match-group';

type Direction = AdrLink['direction'];

/**
 * Link phrases as the tools write them, including adr-tools' old "Supercedes" spelling, NATS'
 * "Updates", and "superseded by" in German, French, Spanish and Portuguese.
 */
const PHRASES: ReadonlyArray<readonly [string, LinkKind, Direction]> = [
  ['supersedes', 'supersedes', 'outgoing'],
  ['supercedes', 'supersedes', 'outgoing'],
  ['superseded by', 'supersedes', 'incoming'],
  ['superceded by', 'supersedes', 'incoming'],
  // "⌛️ Superseded [0019](…)": the successor named right after the status word.
  ['superseded', 'supersedes', 'incoming'],
  ['superceded', 'supersedes', 'incoming'],
  ['replaces', 'supersedes', 'outgoing'],
  ['replaced by', 'supersedes', 'incoming'],
  ['ersetzt durch', 'supersedes', 'incoming'],
  ['abgelost durch', 'supersedes', 'incoming'],
  ['remplace par', 'supersedes', 'incoming'],
  ['reemplazado por', 'supersedes', 'incoming'],
  ['sustituido por', 'supersedes', 'incoming'],
  ['substituido por', 'supersedes', 'incoming'],
  ['amends', 'amends', 'outgoing'],
  ['amended by', 'amends', 'incoming'],
  ['updates', 'amends', 'outgoing'],
  ['updated by', 'amends', 'incoming'],
  ['clarifies', 'clarifies', 'outgoing'],
  ['clarified by', 'clarifies', 'incoming'],
  ['relates to', 'relates-to', 'outgoing'],
  ['related to', 'relates-to', 'outgoing'],
  ['depends on', 'depends-on', 'outgoing'],
  ['needed by', 'depends-on', 'incoming'],
];

/** The kind and direction a phrase names; an unknown phrase becomes a custom kind ("Extends" → "extends"). */
export function linkMeaning(label: string): { kind: string; direction: Direction } | null {
  const normal = normalPhrase(label);
  const known = PHRASES.find(([phrase]) => phrase === normal);
  if (known) return { kind: known[1], direction: known[2] };
  const slug = normal.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(slug) ? { kind: slug, direction: 'outgoing' } : null;
}

export function isKnownLinkPhrase(label: string): boolean {
  const normal = normalPhrase(label);
  return PHRASES.some(([phrase]) => phrase === normal);
}

/** A phrase as the table spells it: lower case, single spaces, no accents. */
function normalPhrase(label: string): string {
  return label
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

type LinkTarget = Pick<AdrLink, 'targetNumber' | 'targetFile' | 'targetTitle'>;

const MARKDOWN_LINK = /^\[([^\]]*)\]\(([^)\s]*)\)$/;
const PLAIN_REFERENCE = /^(?:ADR[-\s]?|#)?(\d{1,7})$/i;

/** Reads `[2. Title](0002-title.md)`, `ADR-0123`, `#12` or `0005` as the target of a link. */
function parseLinkTarget(text: string): LinkTarget | null {
  const trimmed = text.trim();
  const link = MARKDOWN_LINK.exec(trimmed);
  if (link) {
    const title = matchGroup(link, 1);
    const file = matchGroup(link, 2);
    const number = readFileName(file.split('#')[0] ?? file).number ?? numberInTitle(title);
    return { targetTitle: title, targetFile: file, ...(number === null ? {} : { targetNumber: number }) };
  }
  const plain = PLAIN_REFERENCE.exec(trimmed);
  return plain ? { targetNumber: Number(plain[1]), targetTitle: trimmed } : null;
}

function numberInTitle(title: string): number | null {
  const m = /^(?:ADR[-\s]?)?(\d{1,7})(?:[.:\s]|$)/i.exec(title.trim());
  return m ? Number(m[1]) : null;
}

const LINK_LINE = /^(\s*(?:[*+-][ \t]+)?)(\p{L}[\p{L}\p{M}-]*(?:[ \t]+[\p{L}\p{M}-]+){0,4}?)[ \t]+(\[[^\]]*\]\([^)\s]*\)|(?:ADR[-\s]?|#)\d{1,7})(\s*(?:<!--.*-->)?\s*)$/iu;

/**
 * Reads a line such as "Superceded by [2. Title](0002-title.md)" or "- Supersedes [slug](slug.md)".
 * With `allowCustom`, any short phrase before a Markdown link counts (adr-tools' `adr link` writes any phrase).
 */
export function parseLinkLine(line: string, allowCustom: boolean): { prefix: string; link: AdrLink } | null {
  const m = LINK_LINE.exec(line);
  if (!m) return null;
  const label = matchGroup(m, 2);
  const targetText = matchGroup(m, 3);
  if (!isKnownLinkPhrase(label) && !(allowCustom && isRecordLink(targetText))) return null;
  const meaning = linkMeaning(label);
  const target = parseLinkTarget(targetText);
  if (!meaning || !target) return null;
  return { prefix: matchGroup(m, 1), link: { kind: meaning.kind, direction: meaning.direction, label, ...target } };
}

/** Reads a metadata value that lists link targets: "ADR-8", "[a](a.md), [b](b.md)". */
export function parseLinkTargets(text: string): LinkTarget[] | null {
  const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const targets = parts.map(parseLinkTarget);
  return targets.length > 0 && targets.every((t) => t !== null) ? (targets) : null;
}

/** A relative link to another Markdown file: what a custom phrase must point at to count as an ADR link. */
function isRecordLink(targetText: string): boolean {
  const file = MARKDOWN_LINK.exec(targetText)?.[2];
  return file !== undefined && !file.includes('://') && /\.md(#.*)?$/i.test(file);
}

export function renderLinkTarget(link: LinkTarget): string {
  if (link.targetFile !== undefined) {
    const title = link.targetTitle ?? baseName(link.targetFile).replace(/\.md$/i, '');
    return `[${title}](${link.targetFile})`;
  }
  if (link.targetNumber !== undefined) return plainReference(link.targetNumber, link.targetTitle);
  return link.targetTitle ?? '';
}

/** `ADR-8` stays `ADR-8`; a renumbered reference keeps the way it was written (`ADR-8` → `ADR-9`, `ADR-0008` → `ADR-0009`). */
function plainReference(number: number, written: string | undefined): string {
  const m = written === undefined ? null : /^(.*?)(\d+)$/.exec(written);
  if (!m || !PLAIN_REFERENCE.test(written as string)) return `ADR-${formatDecisionNumber(number)}`;
  const digits = matchGroup(m, 2);
  return matchGroup(m, 1) + String(number).padStart(digits.startsWith('0') ? digits.length : 1, '0');
}

/** `Superseded by [2. Title](0002-title.md)`: the phrase and the target as a link line writes them. */
export function renderLink(link: AdrLink): string {
  return `${link.label} ${renderLinkTarget(link)}`;
}

/** Whether two links would be written the same way (so a written one can stay as it is). */
export function sameLink(a: AdrLink, b: AdrLink): boolean {
  return (
    a.kind === b.kind &&
    a.direction === b.direction &&
    a.label === b.label &&
    a.targetNumber === b.targetNumber &&
    a.targetFile === b.targetFile &&
    a.targetTitle === b.targetTitle
  );
}

export function isSupersededByLink(link: AdrLink): boolean {
  return link.kind === 'supersedes' && link.direction === 'incoming';
}
