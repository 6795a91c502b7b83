import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rotation } from '../../../shared/api/rotation-operations';
import { call, callError } from '../testing/call';
import { createWorkspace, fixedClock, makeTempDir, openTempCore, type TempCore } from '../testing/temp-core';

// Issue 21: writing a rotation's page into the sync folder never leaves the folder and never
// writes over another rotation's page.

let core: TempCore;
let workspaceId: string;
let folder: string;
let outside: string;
const clock = fixedClock('2026-01-20T11:00:00Z');

beforeEach(async () => {
  clock.set('2026-01-20T11:00:00Z');
  core = await openTempCore({ now: clock.now });
  workspaceId = (await createWorkspace(core)).id;
  folder = makeTempDir();
  outside = makeTempDir();
  await call(core, 'linkSyncFolder', { workspaceId, path: folder, dialect: 'madr4' });
});
afterEach(() => {
  core.dispose();
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

function createRotation(name: string): Promise<Rotation> {
  clock.set(new Date(clock.now().getTime() + 1000).toISOString());
  return call(core, 'createRotation', {
    workspaceId,
    name,
    kind: 'role',
    members: ['Ada', 'Grace'],
    cadence: { kind: 'weekly', weekday: 1 },
    startDate: '2026-01-05',
    time: '09:00',
    durationMinutes: 30,
    timeZone: 'UTC',
  });
}

describe("a rotation's page in the sync folder", () => {
  it('gives rotations whose names have no ASCII letters files of their own', async () => {
    const duty = await createRotation('Дежурство');
    const training = await createRotation('Обучение');
    const japanese = await createRotation('当番');
    const first = await call(core, 'writeRotationMarkdown', { id: duty.id });
    const second = await call(core, 'writeRotationMarkdown', { id: training.id });
    const third = await call(core, 'writeRotationMarkdown', { id: japanese.id });
    expect([first, second, third].map((result) => path.relative(folder, result.path))).toEqual([
      path.join('rotations', 'dezhurstvo.md'),
      path.join('rotations', 'obuchenie.md'),
      path.join('rotations', `rotation-${japanese.id.slice(0, 8)}.md`),
    ]);
    expect([first, second, third].every((result) => result.written)).toBe(true);
    expect(fs.readFileSync(first.path, 'utf8')).toMatch(/^# Дежурство\n/);
    expect(fs.readFileSync(second.path, 'utf8')).toMatch(/^# Обучение\n/);
    expect((await call(core, 'exportRotationCalendar', { id: duty.id, count: 1 })).fileName).toBe('dezhurstvo.ics');
  });

  it('gives the later of two same-named rotations its id, so the first keeps its page', async () => {
    const first = await createRotation('Support');
    const later = await createRotation('support');
    expect(path.basename((await call(core, 'writeRotationMarkdown', { id: first.id })).path)).toBe('support.md');
    expect(path.basename((await call(core, 'writeRotationMarkdown', { id: later.id })).path)).toBe(`support-${later.id.slice(0, 8)}.md`);
    expect(fs.readFileSync(path.join(folder, 'rotations', 'support.md'), 'utf8')).toMatch(/^# Support\n/);
  });

  it('never writes over a page that is not its own: a file someone wrote, or a renamed rotation’s', async () => {
    const support = await createRotation('Support');
    fs.mkdirSync(path.join(folder, 'rotations'));
    fs.writeFileSync(path.join(folder, 'rotations', 'support.md'), '# Notes kept by hand\n');
    expect(await callError(core, 'writeRotationMarkdown', { id: support.id })).toMatchObject({
      code: 'conflict',
      field: 'id',
      message: expect.stringContaining("rotations/support.md in " + folder + " is not this rotation's page"),
    });
    expect(fs.readFileSync(path.join(folder, 'rotations', 'support.md'), 'utf8')).toBe('# Notes kept by hand\n');

    // A rotation renamed to a name whose page another rotation wrote does not take that page.
    fs.rmSync(path.join(folder, 'rotations', 'support.md'));
    const written = await call(core, 'writeRotationMarkdown', { id: support.id });
    const ops = await createRotation('Ops');
    await call(core, 'deleteRotation', { id: support.id });
    await call(core, 'updateRotation', { id: ops.id, name: 'Support' });
    expect(await callError(core, 'writeRotationMarkdown', { id: ops.id })).toMatchObject({ code: 'conflict', field: 'id' });
    expect(fs.readFileSync(written.path, 'utf8')).toContain(support.id);
  });

  it('takes over a page this rotation wrote before pages carried their rotation’s id', async () => {
    const support = await createRotation('Support');
    fs.mkdirSync(path.join(folder, 'rotations'));
    fs.writeFileSync(path.join(folder, 'rotations', 'support.md'), '# Support\n\nAn older export.\n');
    expect(await call(core, 'writeRotationMarkdown', { id: support.id })).toMatchObject({ written: true });
  });

  it('refuses a rotations folder that is a symbolic link, writing nothing where it points', async () => {
    const support = await createRotation('Support');
    fs.symlinkSync(outside, path.join(folder, 'rotations'));
    expect(await callError(core, 'writeRotationMarkdown', { id: support.id })).toMatchObject({
      code: 'invalid_input',
      field: 'id',
      message: `Cannot write rotations/support.md in ${folder}: rotations is a symbolic link; Cairn writes only inside the folder and never through a link. Nothing was written.`,
    });
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('refuses a page that is a symbolic link, leaving the file it points to as it was', async () => {
    const support = await createRotation('Support');
    fs.mkdirSync(path.join(folder, 'rotations'));
    fs.writeFileSync(path.join(outside, 'bashrc'), 'keep me\n');
    fs.symlinkSync(path.join(outside, 'bashrc'), path.join(folder, 'rotations', 'support.md'));
    expect(await callError(core, 'writeRotationMarkdown', { id: support.id })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining(`Cannot write rotations/support.md in ${folder}: it is a symbolic link`),
    });
    expect(fs.readFileSync(path.join(outside, 'bashrc'), 'utf8')).toBe('keep me\n');
  });
});
