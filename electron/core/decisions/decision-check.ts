import fs from 'node:fs';
import path from 'node:path';
import type { AdrRecord, DialectId, DialectWarning } from '../../../shared/dialects/adr-document';
import { outlineRecord, type RecordOutline } from '../../../shared/dialects/record-outline';
import { supersedesInEffect } from '../../../shared/domain/supersede-rule';
import { formatDecisionNumber, type DecisionContent } from '../../../shared/domain/decision';
import { isNotARecord, readMarkdownFolder, readRecordFile } from '../files';
import type { CheckFinding as SharedFinding } from '../../../shared/api/check-operations';

/** One finding of `check`; a record from the database names its decision too. */
export type CheckFinding = SharedFinding & { decisionId?: string };

/** What the rules look at: one record, from a file or from the database. */
export interface CheckedRecord {
  file: string;
  /** The decision, for a record from the database: its findings name it. */
  decisionId?: string;
  number: number | null;
  dialect: DialectId;
  content: DecisionContent;
  /** Links as written, with whether the record they name exists, and their line when read from a file. */
  links: { label: string; kind: string; direction: 'outgoing' | 'incoming'; target: string; found: boolean; line?: number | null }[];
  /**
   * The file as written, for a record read from a folder (null from the database): findings then
   * carry line numbers, a section is judged as written (a `### Decision Outcome`, a section held in
   * its subsections), and what the reader could not read of the status and date is reported.
   */
  written: { outline: RecordOutline; warnings: readonly DialectWarning[] } | null;
}

type RequiredField = 'context' | 'outcome' | 'consequences';

/** The sections each dialect's template cannot do without; the others are optional there. */
const REQUIRED_SECTIONS: Record<DialectId, RequiredField[]> = {
  nygard: ['context', 'outcome', 'consequences'],
  madr2: ['context', 'outcome'],
  madr3: ['context', 'outcome'],
  madr4: ['context', 'outcome'],
  log4brains: ['context', 'outcome'],
};

const SECTION_NAMES: Record<DialectId, Record<RequiredField, string>> = {
  nygard: { context: 'Context', outcome: 'Decision', consequences: 'Consequences' },
  madr2: { context: 'Context and Problem Statement', outcome: 'Decision Outcome', consequences: 'Consequences' },
  madr3: { context: 'Context and Problem Statement', outcome: 'Decision Outcome', consequences: 'Consequences' },
  madr4: { context: 'Context and Problem Statement', outcome: 'Decision Outcome', consequences: 'Consequences' },
  log4brains: { context: 'Context and Problem Statement', outcome: 'Decision Outcome', consequences: 'Consequences' },
};

/** Headings that hold a field whatever the dialect and the heading level, as real files write them ("Solution or decision outcome"). */
const HEADINGS_OF: Record<RequiredField, RegExp> = {
  context: /^(context( and problem statement)?|problem statement)$/,
  outcome: /^(decision( outcome)?|outcome|solution)( or (decision( outcome)?|solution))?$/,
  consequences: /^consequences$/,
};

/**
 * The lint rules: required sections per template, broken links (in the links a record states and,
 * for a file, in its text), duplicate numbers, a superseded record that names no successor (nor is
 * named by one) or whose successor is not accepted (the supersede rule, ADR 0020), a review date that
 * has passed, and a status or date the record does not give.
 */
export function checkRecords(records: readonly CheckedRecord[], today: string): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const add = (severity: CheckFinding['severity'], record: CheckedRecord, line: number | null | undefined, message: string) =>
    findings.push({
      severity,
      file: record.file,
      line: line ?? record.written?.outline.titleLine ?? null,
      message,
      ...(record.decisionId === undefined ? {} : { decisionId: record.decisionId }),
    });
  const byNumber = new Map<number, CheckedRecord[]>();
  const supersededByOthers = new Set<number>();
  const named = recordsByName(records);
  for (const record of records) {
    if (record.number !== null) byNumber.set(record.number, [...(byNumber.get(record.number) ?? []), record]);
    for (const link of record.links) {
      if (link.kind === 'supersedes' && link.direction === 'outgoing' && link.found) {
        const target = named.get(link.target);
        if (target?.number !== null && target?.number !== undefined) supersededByOthers.add(target.number);
        if (target?.content.status === 'superseded' && !supersedesInEffect(record.content.status)) {
          const status = record.content.status === null ? 'has no status' : `is ${record.content.status}`;
          add('warning', target, statusLine(target.written?.outline), `superseded by ${record.file}, which ${status}: a decision is superseded once its successor is accepted`);
        }
      }
    }
  }
  for (const record of records) {
    const outline = record.written?.outline;
    for (const field of REQUIRED_SECTIONS[record.dialect]) {
      if (!fieldIsEmpty(record.content, field)) continue;
      const headings = outline?.sections.filter((section) => HEADINGS_OF[field].test(headingName(section.text))) ?? [];
      if (headings.some((section) => section.hasContent)) continue;
      const name = SECTION_NAMES[record.dialect][field];
      if (headings[0]) add('error', record, headings[0].line, `the required section "${name}" is empty`);
      else add('error', record, null, `the required section "${name}" is missing`);
    }
    for (const link of record.links.filter((l) => !l.found)) {
      add('error', record, link.line ?? outline?.lineOf(`(${link.target}`), `broken link: "${link.label}" points at ${link.target}, which does not exist`);
    }
    if (record.content.status === 'superseded') {
      const named = record.links.some((l) => l.kind === 'supersedes' && l.direction === 'incoming');
      if (!named && (record.number === null || !supersededByOthers.has(record.number))) {
        add('error', record, statusLine(outline), 'superseded, but no record is named as its successor ("Superseded by …")');
      }
    }
    if (record.content.reviewBy !== null && record.content.reviewBy < today && record.content.status !== 'superseded' && record.content.status !== 'deprecated') {
      add('warning', record, outline?.lineOf(record.content.reviewBy), `the review date ${record.content.reviewBy} has passed`);
    }
    for (const warning of unknownValueWarnings(record)) add('warning', record, warning.line, warning.message);
  }
  for (const [number, holders] of byNumber) {
    if (holders.length < 2) continue;
    for (const record of holders) {
      const others = holders.filter((other) => other !== record).map((other) => other.file);
      add('error', record, null, `number ${formatDecisionNumber(number)} is also used by ${others.join(', ')}`);
    }
  }
  return byFile(findings);
}

/**
 * The first record (in the order given) that a link's target names, by its file or by its number as
 * written ("0007"): one pass, so a log of 10,000 records with thousands of supersede links is not
 * searched once per link.
 */
function recordsByName(records: readonly CheckedRecord[]): Map<string, CheckedRecord> {
  const named = new Map<string, CheckedRecord>();
  for (const record of records) {
    if (!named.has(record.file)) named.set(record.file, record);
    if (record.number === null) continue;
    const number = formatDecisionNumber(record.number);
    if (!named.has(number)) named.set(number, record);
  }
  return named;
}

/**
 * A status or date the record does not give, or gives in a way Cairn could not read: a warning, as
 * Cairn shows such a value as unknown ("No status", "No date") and exports nothing for it. For a
 * file, the reader's own words and line; for a stored record, the unknown value itself.
 */
function unknownValueWarnings(record: CheckedRecord): { line: number | null; message: string }[] {
  if (record.written) {
    return record.written.warnings.filter((warning) => warning.field !== undefined).map((warning) => ({ line: warning.line, message: unknownValueWords(warning) }));
  }
  const found: { line: null; message: string }[] = [];
  if (record.content.status === null) found.push({ line: null, message: 'no status: Cairn shows "No status" until one is chosen' });
  if (record.content.date === null) found.push({ line: null, message: 'no date: Cairn shows "No date" until one is given' });
  return found;
}

function unknownValueWords(warning: DialectWarning): string {
  if (warning.message === 'no status') return 'no status: the file gives none, so Cairn shows "No status" and writes none';
  if (warning.message === 'no date') return 'no date: the file gives none, so Cairn shows "No date" and writes none';
  return warning.message;
}

/** "2. Decision Outcome", "Decision outcome:" → "decision outcome". */
function headingName(text: string): string {
  return text.replace(/^\d+[.)]?\s+/, '').replace(/:$/, '').trim().toLowerCase();
}

function statusLine(outline: RecordOutline | undefined): number | null {
  if (!outline) return null;
  const heading = outline.sections.find((section) => headingName(section.text) === 'status');
  return heading?.line ?? outline.lineOf('status:') ?? outline.lineOf('Status:');
}

function byFile(findings: CheckFinding[]): CheckFinding[] {
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

function fieldIsEmpty(content: DecisionContent, field: RequiredField): boolean {
  if (field === 'outcome') return content.outcome.trim() === '' && content.chosenOption === null;
  return content[field].trim() === '';
}

/** Checks every record file of a folder; a file that cannot be read is an error naming it (and the line). */
export function checkFolder(folder: string, today: string): { files: number; findings: CheckFinding[] } {
  const read = readMarkdownFolder(folder).filter((file) => !isNotARecord(file.name));
  const findings: CheckFinding[] = [];
  const documents: { name: string; text: string; document: AdrRecord }[] = [];
  for (const file of read) {
    const record = readRecordFile(file);
    if (record.ok) documents.push(record);
    else findings.push({ severity: 'error', file: file.name, line: lineOf(record.reason), message: record.reason });
  }
  const names = new Set(read.map((file) => file.name.toLowerCase()));
  const numbers = new Set(documents.flatMap((d) => (d.document.number === null ? [] : [d.document.number])));
  const records = documents.map(({ name, text, document }): CheckedRecord => {
    const outline = outlineRecord(text);
    const links: CheckedRecord['links'] = document.links.map((link) => {
      const file = link.targetFile?.split('#')[0];
      const external = file !== undefined && (file.includes('://') || !/\.md$/i.test(file));
      const found = external || (file !== undefined ? names.has(path.basename(file).toLowerCase()) : link.targetNumber !== undefined && numbers.has(link.targetNumber));
      const target = file ?? (link.targetNumber !== undefined ? formatDecisionNumber(link.targetNumber) : (link.targetTitle ?? '?'));
      return { label: link.label, kind: link.kind, direction: link.direction, target, found, line: file === undefined ? null : outline.lineOf(`(${file}`) };
    });
    // Links in the prose are checked on disk, relative to the file, so one to ../README.md counts too.
    const stated = new Set(links.map((link) => link.target));
    for (const link of outline.links) {
      if (stated.has(link.target)) continue;
      stated.add(link.target);
      const found = fs.existsSync(path.resolve(folder, link.target));
      links.push({ label: link.label, kind: 'text', direction: 'outgoing', target: link.target, found, line: link.line });
    }
    return { file: name, number: document.number, dialect: document.dialect, content: document.content, links, written: { outline, warnings: document.warnings } };
  });
  return { files: read.length, findings: byFile([...findings, ...checkRecords(records, today)]) };
}

/** The line a reader's refusal names: `0007-x.md:12: …` or "… at line 12 …". */
function lineOf(reason: string): number | null {
  const m = /^[^:\s]+:(\d+):/.exec(reason) ?? /\bline (\d+)\b/.exec(reason);
  return m ? Number(m[1]) : null;
}
