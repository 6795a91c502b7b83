import { ADDED_DATES_LOG_ARGS, parseAddedDates } from '../../../shared/git/added-dates';
import type { ParseOptions } from '../../../shared/dialects/adr-document';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { findRepository, gitOrNull } from './git-repository';

/** Each committed file of a folder (by its path in the folder, with forward slashes) and the day the commit that added it was made. */
export type AddedDates = ReadonlyMap<string, CalendarDate>;

const NONE: AddedDates = new Map();

/**
 * When each file of the folder was added to git, read in one `git log` for the whole folder (two git
 * processes in all, however many files), so an import of thousands of files is barely slower. A
 * folder outside a git working tree, a machine without git, a repository with no commit yet or a log
 * git cannot give: no dates, and no error (a record that gives no date then stays without one).
 */
export async function folderAddedDates(folder: string): Promise<AddedDates> {
  const lookup = await findRepository(folder);
  if (lookup.state !== 'ready') return NONE;
  const { repository } = lookup;
  const pathspec = repository.prefix === '' ? '.' : repository.prefix;
  // A person's log settings that would change what git prints (signatures) are set aside.
  const out = await gitOrNull(repository, ['-c', 'log.showSignature=false', 'log', ...ADDED_DATES_LOG_ARGS, '--', pathspec]);
  if (out === null) return NONE;
  const inRepository = parseAddedDates(out);
  if (repository.prefix === '') return inRepository;
  const start = `${repository.prefix}/`;
  const dates = new Map<string, CalendarDate>();
  for (const [file, date] of inRepository) if (file.startsWith(start)) dates.set(file.slice(start.length), date);
  return dates;
}

/** A file's date from git, as the reader takes it (`ParseOptions.knownDate`); undefined for a file git has no commit of. */
export function addedDateOf(dates: AddedDates, file: string): ParseOptions['knownDate'] {
  const date = dates.get(file);
  return date === undefined ? undefined : { date, source: 'git' };
}
