import { describe, expect, it } from 'vitest';
import { proposalBranch } from './proposal-branch';

describe('proposalBranch', () => {
  it('is named after the decision’s file', () => {
    expect(proposalBranch(42, '0042-use-postgresql.md', 'Use PostgreSQL')).toBe('adr/0042-use-postgresql');
  });

  it('takes the number and the title where the file is not named by its number', () => {
    expect(proposalBranch(7, 'database.md', 'Use PostgreSQL, not MySQL!')).toBe('adr/0007-use-postgresql-not-mysql');
    expect(proposalBranch(7, 'database.md', 'Café crème')).toBe('adr/0007-cafe-creme');
  });

  it('leaves out what git forbids in a ref name', () => {
    expect(proposalBranch(3, '0003 Use ~git^ for: *review*?.md', '')).toBe('adr/0003-use-git-for-review');
    expect(proposalBranch(3, '0003-a..b.lock.md', '')).toBe('adr/0003-a.b-lock');
    expect(proposalBranch(3, 'x.md', '…')).toBe('adr/0003');
  });
});
