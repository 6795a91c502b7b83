import { describe, expect, it } from 'vitest';
import { normaliseStatus, readStatusValue, renderStatusValue, statusCase } from './status-text';

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
