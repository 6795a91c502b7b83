import path from 'node:path';
import type { AdrDocument, DialectId } from '../../../shared/dialects/adr-document';
import { formatDecisionNumber, type DecisionContent } from '../../../shared/domain/decision';
import { TEMPLATES } from '../../../shared/domain/template';
import { isNotARecord, readMarkdownFolder, readRecordFile } from '../files';

/** One finding of `check`: errors fail the check (CI), warnings are shown. */
export interface CheckFinding {
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  message: string;
}

/** What the rules look at: one record, from a file or from the database. */
export interface CheckedRecord {
  file: string;
  number: number | null;
  dialect: DialectId;
  content: DecisionContent;
  /** Links as written, with whether the record they name exists. */
  links: { label: string; kind: string; direction: 'outgoing' | 'incoming'; target: string; found: boolean }[];
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

/**
 * The lint rules: required sections per template, broken links, duplicate numbers, a superseded
 * record that names no successor (nor is named by one), and a review date that has passed.
 */
export function checkRecords(records: readonly CheckedRecord[], today: string): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const error = (file: string, message: string) => findings.push({ severity: 'error', file, line: null, message });
  const byNumber = new Map<number, string[]>();
  const supersededByOthers = new Set<number>();
  for (const record of records) {
    if (record.number !== null) byNumber.set(record.number, [...(byNumber.get(record.number) ?? []), record.file]);
    for (const link of record.links) {
      if (link.kind === 'supersedes' && link.direction === 'outgoing' && link.found) {
        const target = records.find((other) => other.file === link.target || (other.number !== null && formatDecisionNumber(other.number) === link.target));
        if (target?.number !== null && target?.number !== undefined) supersededByOthers.add(target.number);
      }
    }
  }
  for (const record of records) {
    for (const field of REQUIRED_SECTIONS[record.dialect]) {
      if (fieldIsEmpty(record.content, field)) error(record.file, `the required section "${SECTION_NAMES[record.dialect][field]}" is missing or empty`);
    }
    for (const link of record.links.filter((l) => !l.found)) error(record.file, `broken link: "${link.label}" points at ${link.target}, which does not exist`);
    if (record.content.status === 'superseded') {
      const named = record.links.some((l) => l.kind === 'supersedes' && l.direction === 'incoming');
      if (!named && (record.number === null || !supersededByOthers.has(record.number))) {
        error(record.file, 'superseded, but no record is named as its successor ("Superseded by …")');
      }
    }
    if (record.content.reviewBy !== null && record.content.reviewBy < today && record.content.status !== 'superseded' && record.content.status !== 'deprecated') {
      findings.push({ severity: 'warning', file: record.file, line: null, message: `the review date ${record.content.reviewBy} has passed` });
    }
  }
  for (const [number, files] of byNumber) {
    if (files.length > 1) for (const file of files) error(file, `number ${formatDecisionNumber(number)} is also used by ${files.filter((f) => f !== file).join(', ')}`);
  }
  return byFile(findings);
}

function byFile(findings: CheckFinding[]): CheckFinding[] {
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function fieldIsEmpty(content: DecisionContent, field: RequiredField): boolean {
  if (field === 'outcome') return content.outcome.trim() === '' && content.chosenOption === null;
  return content[field].trim() === '';
}

/** Checks every record file of a folder; a file that cannot be read is an error naming it (and the line). */
export function checkFolder(folder: string, today: string): { files: number; findings: CheckFinding[] } {
  const read = readMarkdownFolder(folder).filter((file) => !isNotARecord(file.name));
  const findings: CheckFinding[] = [];
  const documents: { name: string; document: AdrDocument }[] = [];
  for (const file of read) {
    const record = readRecordFile(file);
    if (record.ok) documents.push(record);
    else findings.push({ severity: 'error', file: file.name, line: lineOf(record.reason), message: record.reason });
  }
  const names = new Set(read.map((file) => file.name.toLowerCase()));
  const numbers = new Set(documents.flatMap((d) => (d.document.number === null ? [] : [d.document.number])));
  const records = documents.map(({ name, document }): CheckedRecord => ({
    file: name,
    number: document.number,
    dialect: document.dialect,
    content: document.content,
    links: document.links.map((link) => {
      const file = link.targetFile?.split('#')[0];
      const external = file !== undefined && (file.includes('://') || !/\.md$/i.test(file));
      const found = external || (file !== undefined ? names.has(path.basename(file).toLowerCase()) : link.targetNumber !== undefined && numbers.has(link.targetNumber));
      const target = file ?? (link.targetNumber !== undefined ? formatDecisionNumber(link.targetNumber) : (link.targetTitle ?? '?'));
      return { label: link.label, kind: link.kind, direction: link.direction, target, found };
    }),
  }));
  return { files: read.length, findings: byFile([...findings, ...checkRecords(records, today)]) };
}

function lineOf(reason: string): number | null {
  const m = /^[^:\s]+:(\d+):/.exec(reason);
  return m ? Number(m[1]) : null;
}

/** The template a Cairn decision was written from, as the dialect the rules expect of it. */
export function templateDialect(template: keyof typeof TEMPLATES): DialectId {
  return template === 'nygard' ? 'nygard' : 'madr4';
}
