import { describe, expect, it } from 'vitest';
import { readStatusText, readStatusValue, renderStatusValue, statusCase } from './status-text';

const normaliseStatus = (text: string) => readStatusText(text).status;

describe('normaliseStatus', () => {
  it.each([
    ['Accepted', 'accepted'],
    ['ACCEPTED', 'accepted'],
    ['**Accepted**', 'accepted'],
    ['✅ Accepted', 'accepted'],
    ['✅', 'accepted'],
    ['❌', 'rejected'],
    ['🚧 draft', 'draft'],
    ['on hold', 'on-hold'],
    ['Partially Implemented', 'partially-implemented'],
    ['Superceded by 0005', 'superseded'],
  ])('reads %j as %s', (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });

  it('reads a template placeholder as no status', () => {
    expect(normaliseStatus('{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123')).toBeNull();
  });
});

describe('readStatusValue', () => {
  it('takes the successor out of "superseded by [x](y)"', () => {
    expect(readStatusValue('superseded by [ADR-0005](0005-example.md)')).toEqual({
      status: 'superseded',
      link: { kind: 'supersedes', direction: 'incoming', label: 'superseded by', targetNumber: 5, targetFile: '0005-example.md', targetTitle: 'ADR-0005' },
    });
  });
});

describe('writing a status', () => {
  it('keeps the case the file used', () => {
    expect(['Accepted', 'accepted', 'ACCEPTED', '✅ DONE'].map(statusCase)).toEqual(['capital', 'lower', 'upper', 'upper']);
    expect(renderStatusValue('on-hold', null, 'capital')).toBe('On hold');
    expect(renderStatusValue('on-hold', null, 'lower')).toBe('on hold');
    expect(renderStatusValue('deprecated', null, 'upper')).toBe('DEPRECATED');
  });
});

describe('readStatusText', () => {
  it.each([
    ['❌ Rejected (see 019)', 'rejected', ' (see 019)'],
    ['⌛ Superseded', 'superseded', ''],
    ['Approved (by TSC vote on 3/15/21)', 'approved', ' (by TSC vote on 3/15/21)'],
    ['Reverted by [discussion](https://example.com/d/1)', 'reverted', ' by [discussion](https://example.com/d/1)'],
    ['proposed. **This ADR did not reach consensus.** However, it is followed.', 'proposed', '. **This ADR did not reach consensus.** However, it is followed.'],
    ['Implemented in [#1811](https://example.com/1811)', 'implemented', ' in [#1811](https://example.com/1811)'],
    ['In Review', 'in-review', ''],
    ['> **Accepted**', 'accepted', ''],
    ['[Accepted]', 'accepted', ''],
    ['* Accepted', 'accepted', ''],
  ])('reads %j as %s with the note %j', (text, status, note) => {
    expect(readStatusText(text)).toMatchObject({ status, note, link: null, unfilled: false });
  });

  it.each([
    ['angenommen', 'accepted'],
    ['Abgelehnt', 'rejected'],
    ['proposé', 'proposed'],
    ['Acceptée', 'accepted'],
    ['Aceptado', 'accepted'],
    ['Rechazada', 'rejected'],
    ['Aceito', 'accepted'],
    ['Proposta', 'proposed'],
    ['Obsoleto', 'deprecated'],
    ['Entwurf', 'draft'],
  ])('reads the status word %j as %s', (text, status) => {
    expect(readStatusText(text).status).toBe(status);
  });

  it('keeps the successor named right after the status word, with or without "by", behind an emoji', () => {
    expect(readStatusText('⌛️ Superseded [0019](0019-use-bash-go-as-core-languages.md)')).toMatchObject({
      status: 'superseded',
      note: '',
      link: { kind: 'supersedes', direction: 'incoming', label: 'Superseded', targetNumber: 19, targetFile: '0019-use-bash-go-as-core-languages.md' },
    });
    expect(readStatusText('Ersetzt durch [ADR-0007](0007-neu.md)').link).toMatchObject({ kind: 'supersedes', direction: 'incoming', targetNumber: 7 });
    expect(readStatusText('Remplacé par ADR-0007').link).toMatchObject({ kind: 'supersedes', direction: 'incoming', targetNumber: 7 });
  });

  it.each(['Accepted or Rejected', 'proposed / accepted', '{proposed | accepted}', '[draft | proposed | accepted]'])('reads the unfilled template value %j as no status', (text) => {
    expect(readStatusText(text)).toMatchObject({ status: null, unfilled: true });
  });

  it('reads a sentence, or a status given as unknown, as no status', () => {
    expect(readStatusText('What is the status, such as accepted, deprecated, superseded?')).toMatchObject({ status: null, unfilled: false, statedUnknown: false });
    expect(readStatusText('unknown')).toMatchObject({ status: null, statedUnknown: true });
    expect(readStatusText('Unbekannt')).toMatchObject({ status: null, statedUnknown: true });
  });
});
