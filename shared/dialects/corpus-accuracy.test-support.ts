import answerKey from './corpus-answer-key.json';
import { folderOf, type CorpusFile } from './corpus-files.test-support';

/** What a reader says about one file, for the four fields the answer key holds (null: unknown). */
export interface ReadFields {
  number: number | null;
  title: string | null;
  status: string | null;
  date: string | null;
}

export const FIELDS = ['number', 'title', 'status', 'date'] as const;
type Field = (typeof FIELDS)[number];

/** The expected values per corpus file; the rules behind them are in the dialects README. */
export const ANSWER_KEY: Record<string, ReadFields> = answerKey;

/**
 * Per field: values read right (an unknown where the key has none counts as right), values the reader
 * marked unknown (null), of those the ones the key has a value for (missed), and wrong values (a
 * wrong or invented value).
 */
export interface FieldScore {
  right: number;
  unknown: number;
  missed: number;
  wrong: number;
}

export interface FolderScore {
  folder: string;
  files: number;
  /** Files the reader refused. */
  refused: number;
  fields: Record<Field, FieldScore>;
}

/** Scores a reader against the answer key, per corpus folder and field; a refused file counts as unknown in every field. */
export function scoreCorpus(files: readonly CorpusFile[], read: (file: CorpusFile) => ReadFields | null): FolderScore[] {
  const scores = new Map<string, FolderScore>();
  for (const file of files) {
    const expected = ANSWER_KEY[file.name];
    if (!expected) throw new Error(`the answer key has no entry for ${file.name}`);
    const folder = folderOf(file.name);
    const score = scores.get(folder) ?? { folder, files: 0, refused: 0, fields: emptyFields() };
    scores.set(folder, score);
    score.files++;
    const got = read(file);
    if (got === null) score.refused++;
    for (const field of FIELDS) {
      const value = got?.[field] ?? null;
      const tally = score.fields[field];
      if (value === null) tally.unknown++;
      if (value === expected[field]) tally.right++;
      else if (value === null) tally.missed++;
      else tally.wrong++;
    }
  }
  return [...scores.values()];
}

function emptyFields(): Record<Field, FieldScore> {
  return { number: zero(), title: zero(), status: zero(), date: zero() };
}

function zero(): FieldScore {
  return { right: 0, unknown: 0, missed: 0, wrong: 0 };
}

/** The scores as a Markdown table: per folder and field, the share read right, how many marked unknown (missed ones among them) and how many wrong. */
export function scoreTable(scores: readonly FolderScore[]): string {
  const cell = (s: FieldScore, files: number) => `${Math.round((100 * s.right) / files)}% · ${s.unknown} unknown${s.missed > 0 ? ` (${s.missed} missed)` : ''} · ${s.wrong} wrong`;
  const total: FolderScore = { folder: 'all', files: 0, refused: 0, fields: emptyFields() };
  for (const score of scores) {
    total.files += score.files;
    total.refused += score.refused;
    for (const field of FIELDS) for (const k of ['right', 'unknown', 'missed', 'wrong'] as const) total.fields[field][k] += score.fields[field][k];
  }
  const rows = [...scores, total].map((s) => `| ${s.folder} | ${s.files} | ${s.refused} | ${FIELDS.map((f) => cell(s.fields[f], s.files)).join(' | ')} |`);
  return ['| folder | files | refused | number | title | status | date |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}
