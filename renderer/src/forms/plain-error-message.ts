import type { ApiErrorData } from '../../../shared/api/api-result';

/**
 * The words a person reads for an error of the API contract. `label` is what the form calls the field
 * the error is about ("Title"); without one, the field's last path segment stands in for it.
 *
 * Schema errors arrive as "<path>: <issue>" (the dispatcher's describeZodError): the path is replaced
 * by the label and the issue said in plain words ("Title is required"). Errors the core wrote for
 * people pass through; what only a developer can read (a failed operation's stack message, a system
 * error code, a request size) is put into words here, the one place the renderer does that.
 */
export function plainErrorMessage(error: ApiErrorData, label?: string): string {
  const issuePrefix = error.field ? `${error.field}: ` : null;
  if (issuePrefix && error.message.startsWith(issuePrefix)) {
    return schemaIssueInWords(error.message.slice(issuePrefix.length), label ?? fieldNameOf(error.field ?? ''));
  }
  const [, limitKib] = /^The request body is larger than (\d+) KiB/.exec(error.message) ?? [];
  if (limitKib) return `This is too much to save in one go (at most ${sizeInWords(Number(limitKib))}). Shorten the longest text and try again.`;
  if (error.code === 'internal' && /^\w+ failed: |^The request body is not valid JSON/.test(error.message)) return SOMETHING_WENT_WRONG;
  if (error.code === 'not_found') {
    const [, what] = /^(\w+) [0-9a-f-]{36} not found/i.exec(error.message) ?? [];
    if (what) return `This ${what.toLowerCase()} is no longer there; it may have been deleted meanwhile. Reload to see what is there now.`;
  }
  return capitalised(withSystemErrorsInWords(error.message));
}

/** What an error Cairn did not plan for says: nothing a person could act on but trying again. */
const SOMETHING_WENT_WRONG = 'Something went wrong inside Cairn. Try again; if it keeps happening, the details are in Cairn\'s log.';

/** A schema issue (zod's own words or the contract's) as a sentence about the field. */
function schemaIssueInWords(issue: string, label: string): string {
  for (const [pattern, words] of ISSUE_WORDS) {
    const match = pattern.exec(issue);
    if (match) return words(label, match.slice(1));
  }
  // The contract's own words, written for people: a whole sentence ("Enter a time zone this computer
  // knows, …") stands alone; a phrase names the field ("duration is at least 5 minutes") or gets the
  // label in front of it.
  if (/^[A-Z][a-z]/.test(issue)) return issue;
  const firstWord = (text: string) => /^[a-z]+/i.exec(text)?.[0].toLowerCase();
  if (firstWord(issue) === firstWord(label)) return capitalised(issue);
  if (/^is /.test(issue)) return `${label} ${issue}`;
  return `${label}: ${issue}`;
}

/** Issue patterns, first match wins; each turns the label and the pattern's groups into a sentence. */
const ISSUE_WORDS: [RegExp, (label: string, groups: string[]) => string][] = [
  [/must not be empty$|needs a (?:name|heading)$|^say what you are stuck on$/, (label) => `${label} is required`],
  // A shared form's own "Title is required" names the field as the schema calls it; the form's label is what a person sees.
  [/^[A-Z][a-z]* is required$/, (label) => `${label} is required`],
  [/^Too small: expected string to have >=1 characters?$|^Invalid input: expected \w+, received (?:undefined|null)$/, (label) => `${label} is required`],
  [/is longer than ([\d,]+) characters$|^Too big: expected string to have <=(\d+) characters?$/, (label, [custom, zod]) => `${label} is too long: at most ${withThousands(custom ?? zod ?? '')} characters`],
  [/^more than ([\d,]+) (.+)$/, (_, [most = '', what = '']) => `Too many ${what}: at most ${most}`],
  [/^Too big: expected array to have <=(\d+) items?$/, (label, [most = '']) => `${label} has too many entries: at most ${withThousands(most)}`],
  [/^Too small: expected array to have >=(\d+) items?$/, (label, [least = '']) => `${label} needs at least ${least}`],
  [/^use a date of the form YYYY-MM-DD$/, (label) => `${label} needs a date (year-month-day)`],
  [/^is not a real calendar date$/, (label) => `${label} is not a real date`],
  [/^use a time of the form HH:MM/, (label) => `${label} needs a time of day, like 15:00`],
  [/^Invalid input: expected int, /, (label) => `${label} must be a whole number`],
  [/^Invalid input: expected number, /, (label) => `${label} must be a number`],
  [/^Too (?:small|big): expected number to be (>=|>|<=|<)(-?[\d.]+)$/, (label, [bound = '', limit = '']) => `${label} must be ${BOUND_WORDS[bound] ?? bound} ${withThousands(limit)}`],
  [/^Invalid option: /, (label) => `${label}: choose one of the listed options`],
  // zod's other words ("Invalid UUID", "Invalid input", "Too small: …") are for developers.
  [/^(?:Invalid|Too small|Too big|Unrecognized)\b/, (label) => `${label} is not valid`],
];

const BOUND_WORDS: Record<string, string> = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'less than' };

/** Node's system errors ("EEXIST: file already exists, mkdir '/x'") inside a message, in words. */
function withSystemErrorsInWords(message: string): string {
  return message.replace(/\b(E[A-Z]{2,}): [^,\n]*(?:, \w+ '[^']*'(?: -> '[^']*')?)?/g, (_, code: string) => SYSTEM_ERRORS[code] ?? 'the system refused it');
}

const SYSTEM_ERRORS: Record<string, string> = {
  EEXIST: 'something with that name is already there',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'not a folder',
  EISDIR: 'a folder, not a file',
  ENOTEMPTY: 'the folder is not empty',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EBUSY: 'another program is using it',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
};

/** "durationMinutes" in "cadence.durationMinutes" → "Duration minutes": a stand-in when the form gives no label. */
function fieldNameOf(path: string): string {
  const segment = path.split('.').filter((part) => !/^\d+$/.test(part)).at(-1) ?? '';
  const words = segment.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words ? capitalised(words) : 'This field';
}

function sizeInWords(kib: number): string {
  return kib >= 1024 ? `${withThousands(String(Math.round(kib / 1024)))} MB` : `${kib} KB`;
}

function withThousands(digits: string): string {
  const number = Number(digits.replace(/,/g, ''));
  return Number.isFinite(number) ? number.toLocaleString('en') : digits;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
