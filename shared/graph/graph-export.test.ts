import { describe, expect, it } from 'vitest';
import { layoutGraph } from './graph-layout';
import { fitTitle, toSvg } from './graph-svg-export';
import { toDot, toMermaid } from './graph-text-export';
import { graphOf, node } from './graph-fixtures.test-support';

const graph = graphOf(
  [node(1, { title: 'Use "Postgres" [for now]' }), node(7, { title: 'Move to CockroachDB', status: 'proposed' })],
  [
    [7, 'supersedes', 1],
    [1, 'relates-to', 7],
  ],
);

describe('toMermaid', () => {
  it('writes a flowchart with labelled nodes and one arrow per link kind', () => {
    expect(toMermaid(graph)).toBe(
      [
        'graph TD',
        '  d0001["0001 Use #quot;Postgres#quot; [for now]"]',
        '  d0007["0007 Move to CockroachDB"]',
        '  d0007 -->|supersedes| d0001',
        '  d0001 ---|relates-to| d0007',
        '',
      ].join('\n'),
    );
  });

  // Only `"` used to be escaped, so a renderer with loose security ran the title's onerror.
  it('leaves no HTML tag in a label, only Mermaid entity codes', () => {
    const hostile = graphOf([node(2, { title: 'Cache <img src=x onerror=alert(1)> & "more"' })], []);
    const label = toMermaid(hostile).split('\n')[1];
    expect(label).toBe('  d0002["0002 Cache #lt;img src=x onerror=alert(1)#gt; #amp; #quot;more#quot;"]');
    expect(label).not.toMatch(/[<>&]/);
  });

  it('keeps two decisions with the same number apart', () => {
    const twice = graphOf([node(3), { ...node(4), number: 3 }], [[4, 'depends-on', 3]]);
    expect(toMermaid(twice)).toContain('d0003_2 ==>|depends-on| d0003');
  });
});

describe('toDot', () => {
  it('writes a digraph adr-tools users can render with Graphviz', () => {
    expect(toDot(graph)).toBe(
      [
        'digraph decisions {',
        '  node [shape=box, style=rounded, fontname="Helvetica"];',
        '  d0001 [label="0001 Use \\"Postgres\\" [for now]", tooltip="accepted"];',
        '  d0007 [label="0007 Move to CockroachDB", tooltip="proposed"];',
        '  d0007 -> d0001 [label="supersedes"];',
        '  d0001 -> d0007 [label="relates-to", dir=none];',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('toSvg', () => {
  it('draws every decision and link in a standalone, escaped SVG document', () => {
    const svg = toSvg(layoutGraph(graph));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('0001 Use &quot;Postgres&quot; [for now] (Accepted)');
    expect(svg).toContain('0007 · Proposed');
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg.match(/<path d="[^"]*" fill="none"/g)).toHaveLength(2);
    expect(svg).toContain('>supersedes</text>');
  });

  it('cuts long titles to fit a box, with an ellipsis', () => {
    expect(fitTitle('Short')).toBe('Short');
    const cut = fitTitle('Publish domain events through Kafka topics per bounded context');
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(28);
  });
});
