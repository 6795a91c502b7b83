import { formatDecisionNumber } from '../domain/decision';
import type { LinkKind } from '../domain/link-kind';
import { statusLabel } from '../domain/decision-status';
import type { GraphLayout, Point } from './graph-layout';

const MARGIN = 24;

/** Colours a standalone file carries itself: it has no stylesheet to inherit. */
const STATUS_FILL: Record<string, string> = {
  proposed: '#fff7e0',
  accepted: '#e6f4ea',
  rejected: '#fdecea',
  deprecated: '#eeeeee',
  superseded: '#eeeeee',
};

const EDGE_DASH: Record<LinkKind, string> = {
  supersedes: '',
  amends: ' stroke-dasharray="6 4"',
  clarifies: ' stroke-dasharray="2 3"',
  'relates-to': '',
  'depends-on': '',
};

/** The longest title a 240-pixel box shows before cutting it with an ellipsis. */
export const TITLE_CHARACTERS = 28;

/** A title cut to fit a node, with an ellipsis when cut; the full title stays in the node's tooltip. */
export function fitTitle(title: string): string {
  return title.length <= TITLE_CHARACTERS ? title : `${title.slice(0, TITLE_CHARACTERS - 1).trimEnd()}…`;
}

/** The SVG path through an edge's points. */
export function edgePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

/** A laid-out graph as a standalone SVG file: boxes coloured by status, links labelled by kind. */
export function toSvg(layout: GraphLayout): string {
  const width = round(layout.width + 2 * MARGIN);
  const height = round(layout.height + 2 * MARGIN);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${-MARGIN} ${-MARGIN} ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    '<title>Decision graph</title>',
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#555"/></marker></defs>',
  ];
  for (const edge of layout.edges) {
    const marker = edge.kind === 'relates-to' ? '' : ' marker-end="url(#arrow)"';
    const middle = edge.points[Math.floor(edge.points.length / 2)];
    parts.push(`<path d="${edgePath(edge.points)}" fill="none" stroke="#555" stroke-width="${edge.kind === 'depends-on' ? 2.5 : 1.5}"${EDGE_DASH[edge.kind]}${marker}/>`);
    if (middle) parts.push(`<text x="${round(middle.x + 4)}" y="${round(middle.y)}" font-size="11" fill="#555">${xml(edge.kind)}</text>`);
  }
  for (const node of layout.nodes) {
    const fill = STATUS_FILL[node.status] ?? '#e8f0fe';
    parts.push(
      `<g><title>${xml(`${formatDecisionNumber(node.number)} ${node.title} (${statusLabel(node.status)})`)}</title>` +
        `<rect x="${round(node.x)}" y="${round(node.y)}" width="${node.width}" height="${node.height}" rx="8" fill="${fill}" stroke="#888"/>` +
        `<text x="${round(node.x + 10)}" y="${round(node.y + 22)}" font-size="12" fill="#444">${formatDecisionNumber(node.number)} · ${xml(statusLabel(node.status))}</text>` +
        `<text x="${round(node.x + 10)}" y="${round(node.y + 42)}" font-size="13" fill="#111">${xml(fitTitle(node.title))}</text></g>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
