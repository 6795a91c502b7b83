import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError, type ApiErrorData } from '../../../shared/api/api-result';
import { CalendarDate } from '../../../shared/domain/calendar-date';
import { DecisionContent } from '../../../shared/domain/decision';
import { plainErrorMessage } from './plain-error-message';

/** The error the dispatcher sends for input that fails its schema, built the way the dispatcher builds it. */
function schemaError(schema: z.ZodType, input: unknown): ApiErrorData {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('the input was expected to fail the schema');
  return { code: 'invalid_input', ...describeZodError(parsed.error) };
}

const decisionInput = z.object({ content: DecisionContent.partial() });

describe('plainErrorMessage, for schema errors', () => {
  it('says a blank required field is required, by the form\'s name for it', () => {
    const error = schemaError(decisionInput, { content: { title: '   ' } });
    expect(error).toMatchObject({ field: 'content.title', message: 'content.title: title must not be empty' });
    expect(plainErrorMessage(error, 'Title')).toBe('Title is required');
  });

  it('says how long a field may be', () => {
    expect(plainErrorMessage(schemaError(decisionInput, { content: { title: 'x'.repeat(301) } }), 'Title')).toBe('Title is too long: at most 300 characters');
    expect(plainErrorMessage(schemaError(z.object({ name: z.string().max(40) }), { name: 'x'.repeat(41) }), 'Name')).toBe('Name is too long: at most 40 characters');
    expect(plainErrorMessage({ code: 'invalid_input', field: 'changes.context', message: 'changes.context: text is longer than 500,000 characters' }, 'Context')).toBe(
      'Context is too long: at most 500,000 characters',
    );
  });

  it('never shows the zod path, even without a label from the form', () => {
    const message = plainErrorMessage(schemaError(z.object({ cadence: z.object({ durationMinutes: z.number().min(5) }) }), { cadence: { durationMinutes: 1 } }));
    expect(message).toBe('Duration minutes must be at least 5');
    expect(message).not.toContain('cadence.');
  });

  it('puts zod\'s developer words into plain ones', () => {
    const input = z.object({ n: z.number(), i: z.number().int(), kind: z.enum(['a', 'b']), id: z.uuid(), list: z.array(z.string()).max(2), needed: z.string() });
    const cases: [unknown, string][] = [
      [{ n: Number.NaN }, 'Count must be a number'],
      [{ n: 1, i: 1.5 }, 'Count must be a whole number'],
      [{ n: 1, i: 1, kind: 'c' }, 'Count: choose one of the listed options'],
      [{ n: 1, i: 1, kind: 'a', id: 'x' }, 'Count is not valid'],
      [{ n: 1, i: 1, kind: 'a', id: '0f8fad5b-d9cb-469f-a165-70867728950e', list: ['a', 'b', 'c'] }, 'Count has too many entries: at most 2'],
      [{ n: 1, i: 1, kind: 'a', id: '0f8fad5b-d9cb-469f-a165-70867728950e', list: [] }, 'Count is required'],
    ];
    for (const [value, words] of cases) expect(plainErrorMessage(schemaError(input, value), 'Count')).toBe(words);
  });

  it('names dates and times by what they need', () => {
    const dated = z.object({ date: CalendarDate });
    expect(plainErrorMessage(schemaError(dated, { date: '' }), 'Date')).toBe('Date needs a date (year-month-day)');
    expect(plainErrorMessage(schemaError(dated, { date: '2026-02-30' }), 'Date')).toBe('Date is not a real date');
    expect(plainErrorMessage({ code: 'invalid_input', field: 'time', message: 'time: use a time of the form HH:MM (24 hours)' }, 'Time')).toBe('Time needs a time of day, like 15:00');
  });

  it('counts what there is too much of in the contract\'s own words', () => {
    expect(plainErrorMessage({ code: 'invalid_input', field: 'changes.tags', message: 'changes.tags: more than 50 tags' }, 'Tags')).toBe('Too many tags: at most 50');
  });

  it('keeps the contract\'s sentences that name the field already', () => {
    expect(plainErrorMessage({ code: 'invalid_input', field: 'durationMinutes', message: 'durationMinutes: duration is at least 5 minutes' }, 'Duration')).toBe(
      'Duration is at least 5 minutes',
    );
    expect(plainErrorMessage({ code: 'invalid_input', field: 'timeZone', message: 'timeZone: is not a time zone this computer knows (use a name like Europe/Berlin)' }, 'Time zone')).toBe(
      'Time zone is not a time zone this computer knows (use a name like Europe/Berlin)',
    );
  });

  it('says a required field by the label the form shows, whatever the schema calls it', () => {
    expect(plainErrorMessage({ code: 'invalid_input', field: 'title', message: 'title: Title is required' }, 'Goal')).toBe('Goal is required');
  });

  it('lets a whole sentence of the contract stand alone, without the field in front', () => {
    expect(plainErrorMessage({ code: 'invalid_input', field: 'timeZone', message: 'timeZone: Enter a time zone this computer knows, like Europe/Berlin' }, 'Time zone')).toBe(
      'Enter a time zone this computer knows, like Europe/Berlin',
    );
    expect(plainErrorMessage({ code: 'invalid_input', field: 'members', message: 'members: Unrecognized key: "x"' }, 'Members')).toBe('Members is not valid');
  });

  it('keeps the contract\'s sentences and puts the field in front', () => {
    expect(plainErrorMessage({ code: 'invalid_input', field: 'changes.tags.1', message: 'changes.tags.1: a tag has no spaces or commas' }, 'Tags')).toBe('Tags: a tag has no spaces or commas');
  });
});

describe('plainErrorMessage, for errors the core raised', () => {
  it('passes sentences written for people through, capitalised', () => {
    expect(plainErrorMessage({ code: 'invalid_input', field: 'name', message: 'a workspace named "Payments" already exists' })).toBe('A workspace named "Payments" already exists');
    expect(plainErrorMessage({ code: 'invalid_input', field: 'date', message: 'A check-in on 2026-01-01 comes before the goal starts (2026-01-05)' })).toBe(
      'A check-in on 2026-01-01 comes before the goal starts (2026-01-05)',
    );
  });

  it('says a system error code in words', () => {
    const message = plainErrorMessage({ code: 'invalid_input', field: 'folder', message: "Cannot create the folder /tmp/adr: EEXIST: file already exists, mkdir '/tmp/adr'" });
    expect(message).toBe('Cannot create the folder /tmp/adr: something with that name is already there');
    expect(plainErrorMessage({ code: 'internal', message: "Cannot write x: EWHATEVER: odd, open '/x'" })).toBe('Cannot write x: the system refused it');
  });

  it('says an unplanned failure without its developer detail', () => {
    const message = plainErrorMessage({ code: 'internal', message: "createDecision failed: SQLITE_CORRUPT: database disk image is malformed" });
    expect(message).toMatch(/^Something went wrong inside Cairn/);
    expect(message).not.toMatch(/SQLITE|createDecision/);
  });

  it('keeps the transport\'s own plain messages', () => {
    expect(plainErrorMessage({ code: 'internal', message: 'Cairn is not reachable. Is the web host still running?' })).toBe('Cairn is not reachable. Is the web host still running?');
  });

  it('says a request that is too large without its size in KiB', () => {
    expect(plainErrorMessage({ code: 'invalid_input', message: 'The request body is larger than 1024 KiB.' })).toBe(
      'This is too much to save in one go (at most 1 MB). Shorten the longest text and try again.',
    );
  });

  it('says a record that is gone without its id', () => {
    const message = plainErrorMessage({ code: 'not_found', field: 'id', message: 'Decision 0f8fad5b-d9cb-469f-a165-70867728950e not found' });
    expect(message).toBe('This decision is no longer there; it may have been deleted meanwhile. Reload to see what is there now.');
  });
});
