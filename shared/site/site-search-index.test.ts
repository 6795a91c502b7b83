import { describe, expect, it } from 'vitest';
import type { Decision } from '../domain/decision';
import { testDecision } from './site-decision.test-support';
import { foldWords, searchEntry, searchIndexScript } from './site-search-index';

const decision = (changes: Partial<Decision>): Decision => testDecision(1, { title: 'Decision', ...changes });

describe('the site’s search index', () => {
  it('folds words to lower case without accents, splitting on anything but letters and digits', () => {
    expect(foldWords('Café au-lait, ÉTÉ 2024! Ünïcödé_x')).toEqual(['cafe', 'au', 'lait', 'ete', '2024', 'unicode', 'x']);
    expect(foldWords('Cafe au-lait, ETE 2024! Unicode_x ~`{|}')).toEqual(['cafe', 'au', 'lait', 'ete', '2024', 'unicode', 'x']);
  });

  it('holds each word of the title, text, tags and people once, and everyone named once', () => {
    const entry = searchEntry(decision({ title: 'Use Kafka', tags: ['events'], decisionMakers: ['Grace Hopper'], informed: ['Grace Hopper', 'Ada'] }), '## Context\n\nKafka keeps events.');
    expect(entry).toEqual({ status: 'proposed', tags: ['events'], people: ['Ada', 'Grace Hopper'], date: '2024-03-01', words: 'use kafka context keeps events ada grace hopper' });
  });

  it('is a script setting one global, whatever the text holds', () => {
    const script = searchIndexScript([searchEntry(decision({ title: '</script><script>alert(1)</script>' }), '')]);
    expect(script).toMatch(/^\/\/ .*\nwindow\.CAIRN_SITE_INDEX = \(window\.CAIRN_SITE_INDEX \|\| \[\]\)\.concat\(\[.*\]\);\n$/);
    const json = script.slice(script.indexOf('.concat(') + 8, -3);
    expect(JSON.parse(json)).toEqual([expect.objectContaining({ words: 'script alert 1' })]);
  });
});
