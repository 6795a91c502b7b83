import { formatDecisionNumber } from '../domain/decision';
import type { LinkKind } from '../domain/link-kind';
import type { DecisionGraph, GraphNode } from './decision-graph';

/** The arrow each link kind draws in Mermaid: relates-to has no direction, depends-on stands out. */
const MERMAID_ARROWS: Record<LinkKind, string> = {
  supersedes: '-->',
  amends: '-.->',
  clarifies: '-.->',
  'relates-to': '---',
  'depends-on': '==>',
};

const DOT_EDGE_STYLES: Record<LinkKind, string> = {
  supersedes: '',
  amends: ', style=dashed',
  clarifies: ', style=dotted',
  'relates-to': ', dir=none',
  'depends-on': ', style=bold',
};

/** "0007 Use Kafka", the label a node carries in every export. */
export function nodeLabel(node: GraphNode): string {
  return `${formatDecisionNumber(node.number)} ${node.title}`;
}

/**
 * Identifiers that both Mermaid and DOT accept: d + the number, with a suffix when two branches
 * brought the same number twice, so such decisions stay two nodes.
 */
function nodeKeys(graph: DecisionGraph): Map<string, string> {
  const used = new Map<string, number>();
  const keys = new Map<string, string>();
  for (const node of graph.nodes) {
    const base = `d${formatDecisionNumber(node.number)}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    keys.set(node.id, seen === 0 ? base : `${base}_${seen + 1}`);
  }
  return keys;
}

/** The graph as a Mermaid flowchart, for Markdown files that GitHub and GitLab render. */
export function toMermaid(graph: DecisionGraph): string {
  const keys = nodeKeys(graph);
  const lines = ['graph TD'];
  for (const node of graph.nodes) lines.push(`  ${keys.get(node.id)}["${mermaidText(nodeLabel(node))}"]`);
  for (const edge of graph.edges) {
    const from = keys.get(edge.fromId);
    const to = keys.get(edge.toId);
    if (from && to) lines.push(`  ${from} ${MERMAID_ARROWS[edge.kind]}|${edge.kind}| ${to}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The graph in Graphviz DOT, the format adr-tools' `adr generate graph` writes. */
export function toDot(graph: DecisionGraph): string {
  const keys = nodeKeys(graph);
  const lines = ['digraph decisions {', '  node [shape=box, style=rounded, fontname="Helvetica"];'];
  for (const node of graph.nodes) {
    lines.push(`  ${keys.get(node.id)} [label="${dotText(nodeLabel(node))}", tooltip="${dotText(node.status)}"];`);
  }
  for (const edge of graph.edges) {
    const from = keys.get(edge.fromId);
    const to = keys.get(edge.toId);
    if (from && to) lines.push(`  ${from} -> ${to} [label="${edge.kind}"${DOT_EDGE_STYLES[edge.kind]}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * Mermaid reads quotes inside a label as syntax, and renders a label as HTML: a title holding
 * `<img src=x onerror=…>` would run in a renderer with loose security. Its entity codes
 * keep quotes, angle brackets and ampersands text.
 */
const MERMAID_ENTITIES: Record<string, string> = { '"': '#quot;', '<': '#lt;', '>': '#gt;', '&': '#amp;' };

function mermaidText(text: string): string {
  return text.replace(/["<>&]/g, (char) => MERMAID_ENTITIES[char] ?? char).replace(/[\r\n]+/g, ' ');
}

function dotText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ');
}
