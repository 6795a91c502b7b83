import { describe, expect, it } from 'vitest';
import { detectDialect } from './detect-dialect';

describe('detectDialect', () => {
  it.each([
    ['nygard', '# 1. Record decisions\n\nDate: 2016-02-12\n\n## Status\n\nAccepted\n', '0001-record-decisions.md'],
    ['madr2', '# Use X\n\n* Status: accepted\n* Deciders: Ann\n\n## Context and Problem Statement\n', '0001-use-x.md'],
    ['madr3', '---\nstatus: accepted\ndeciders: Ann\n---\n# Use X\n', '0001-use-x.md'],
    ['madr3', '---\nstatus: accepted\n---\n# Use X\n\n## Validation\n\nA test.\n', '0001-use-x.md'],
    ['madr4', '---\nstatus: accepted\ndecision-makers: Ann\n---\n# Use X\n', '0001-use-x.md'],
    ['madr4', '# Use X\n\n## Context and Problem Statement\n\n## Considered Options\n', '0001-use-x.md'],
    ['log4brains', '# Use X\n\n- Status: accepted\n- Date: 2020-09-25\n', 'use-x.md'],
    ['log4brains', '# Use X\n\n## Decision\n\nX.\n', '20200925-use-x.md'],
    ['nygard', '# Use X\n\n|Metadata|Value|\n|---|---|\n|Status|Approved|\n\n## Context and Problem Statement\n', 'ADR-9.md'],
    ['nygard', '# Use X\n\n**Status:** Accepted\n\n## Decision Outcome\n', 'use-x.md'],
    ['nygard', '# Notes\n\nSome text.\n', 'notes.md'],
  ])('finds %s', (dialect, text, fileName) => {
    expect(detectDialect(text, fileName)).toBe(dialect);
  });

  it('ignores what code blocks show', () => {
    expect(detectDialect('# Use X\n\n```\n## Status\n```\n\n## Considered Options\n', 'use-x.md')).toBe('madr4');
  });
});
