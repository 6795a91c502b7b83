import { describe, expect, it } from 'vitest';
import { rotationOperations } from './rotation-operations';

const topic = (links: string[]) =>
  rotationOperations.proposeRotationTopic.input.safeParse({ rotationId: '7f0c2f5e-4a0b-4c7e-9a55-3f1d2b6c8e10', title: 'Reading flame graphs', links, proposedBy: 'Ada' });

describe('a rotation topic’s links', () => {
  it('take web addresses', () => {
    expect(topic(['https://example.com/flame-graphs', 'http://intranet.local/notes']).success).toBe(true);
  });

  // Issue 21: `javascript:alert(1)` was taken although the schema said https.
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox(1)'])('refuse %s, naming the field', (link) => {
    const parsed = topic([link]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['links', 0], message: 'a link must be a full URL (https://…)' });
  });
});
