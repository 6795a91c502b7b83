import { describe, expect, it } from 'vitest';
import { parsePorcelainStatus } from './porcelain-status';

const z = (...entries: string[]) => entries.map((entry) => `${entry}\0`).join('');
const HASH = 'a'.repeat(40);
const HASH2 = 'b'.repeat(40);

describe('parsePorcelainStatus', () => {
  it('reads the branch, its upstream and how far apart they are', () => {
    const status = parsePorcelainStatus(z(`# branch.oid ${HASH}`, '# branch.head main', '# branch.upstream origin/main', '# branch.ab +2 -3'));
    expect(status).toEqual({ branch: 'main', commit: HASH, upstream: 'origin/main', ahead: 2, behind: 3, changes: [] });
  });

  it('knows a repository with no commit yet, a detached HEAD and a branch with no upstream', () => {
    expect(parsePorcelainStatus(z('# branch.oid (initial)', '# branch.head main'))).toMatchObject({ branch: 'main', commit: null, upstream: null, ahead: null, behind: null });
    expect(parsePorcelainStatus(z(`# branch.oid ${HASH}`, '# branch.head (detached)'))).toMatchObject({ branch: null, commit: HASH });
  });

  it('reads changed, staged, added, deleted and untracked files, spaces in names and all', () => {
    const status = parsePorcelainStatus(
      z(
        '# branch.head main',
        `1 .M N... 100644 100644 100644 ${HASH} ${HASH} docs/adr/0001-use markdown.md`,
        `1 M. N... 100644 100644 100644 ${HASH} ${HASH2} docs/adr/0002-b.md`,
        `1 A. N... 000000 100644 100644 ${'0'.repeat(40)} ${HASH} docs/adr/0003-c.md`,
        `1 .D N... 100644 100644 000000 ${HASH} ${HASH} docs/adr/0004-d.md`,
        '? docs/adr/0005-new file.md',
      ),
    );
    expect(status.changes).toEqual([
      { path: 'docs/adr/0001-use markdown.md', from: null, kind: 'modified', staged: false, unstaged: true },
      { path: 'docs/adr/0002-b.md', from: null, kind: 'modified', staged: true, unstaged: false },
      { path: 'docs/adr/0003-c.md', from: null, kind: 'added', staged: true, unstaged: false },
      { path: 'docs/adr/0004-d.md', from: null, kind: 'deleted', staged: false, unstaged: true },
      { path: 'docs/adr/0005-new file.md', from: null, kind: 'untracked', staged: false, unstaged: true },
    ]);
  });

  it('takes the entry after a rename as its old path, and reads a conflicted file', () => {
    const status = parsePorcelainStatus(
      z(
        `2 R. N... 100644 100644 100644 ${HASH} ${HASH} R100 adr/0002-new name.md`,
        'adr/0002-old.md',
        `u UU N... 100644 100644 100644 100644 ${HASH} ${HASH2} ${HASH} adr/0003-both.md`,
      ),
    );
    expect(status.changes).toEqual([
      { path: 'adr/0002-new name.md', from: 'adr/0002-old.md', kind: 'renamed', staged: true, unstaged: false },
      { path: 'adr/0003-both.md', from: null, kind: 'conflicted', staged: false, unstaged: true },
    ]);
  });

  it('skips what it does not know: ignored files, headers of a newer git, the empty end', () => {
    expect(parsePorcelainStatus(z('# branch.head main', '# stash 2', '! build/out.md')).changes).toEqual([]);
    expect(parsePorcelainStatus('')).toEqual({ branch: null, commit: null, upstream: null, ahead: null, behind: null, changes: [] });
  });
});
