import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { statusLabel } from '../../../shared/domain/decision-status';
import type { GraphLayout } from '../../../shared/graph/graph-layout';
import { edgePath, fitTitle } from '../../../shared/graph/graph-svg-export';
import { statusTone } from '../components/status-tone';
import { routeHash } from '../router';
import { fitViewport, panBy, zoomAt, type Viewport } from './viewport';

const ZOOM_STEP = 1.25;
const PAN_STEP = 60;
/** A pointer that moved further than this was dragging the graph, not clicking a decision. */
const DRAG_THRESHOLD = 4;

interface GraphCanvasProps {
  layout: GraphLayout;
}

/**
 * The laid-out graph in an SVG that zooms (wheel, +/−) and pans (drag, arrow keys). The nodes are
 * links to the decisions; they render once per layout, so panning only moves one transform.
 */
export function GraphCanvas({ layout }: GraphCanvasProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<Viewport>({ scale: 1, x: 0, y: 0 });
  const drag = useRef<{ startX: number; startY: number; lastX: number; lastY: number; moved: boolean } | null>(null);

  const fit = () => {
    const box = ref.current?.getBoundingClientRect();
    if (box) setView(fitViewport(layout, box));
  };
  // A new layout (another filter) is fitted before it is painted, so it never flashes at the old zoom.
  useLayoutEffect(fit, [layout]);

  // React's onWheel is passive; zooming must stop the page from scrolling, so listen natively.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0015));
      setView((current) => zoomAt(current, factor, event.clientX - box.left, event.clientY - box.top));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const zoomCentre = (factor: number) => {
    const box = ref.current?.getBoundingClientRect();
    if (box) setView((current) => zoomAt(current, factor, box.width / 2, box.height / 2));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    drag.current = { startX: event.clientX, startY: event.clientY, lastX: event.clientX, lastY: event.clientY, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    if (!d.moved && Math.hypot(event.clientX - d.startX, event.clientY - d.startY) > DRAG_THRESHOLD) {
      d.moved = true;
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    if (!d.moved) return;
    setView((current) => panBy(current, event.clientX - d.lastX, event.clientY - d.lastY));
    d.lastX = event.clientX;
    d.lastY = event.clientY;
  };
  const onPointerUp = () => {
    // Kept until the click that follows, which must not open a decision at the end of a drag.
    setTimeout(() => (drag.current = null), 0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    const move = moves[event.key];
    if (move && event.target === event.currentTarget) setView((current) => panBy(current, move[0], move[1]));
    else if (event.key === '+' || event.key === '=') zoomCentre(ZOOM_STEP);
    else if (event.key === '-') zoomCentre(1 / ZOOM_STEP);
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  };

  return (
    <div className="graph-frame">
      <div className="graph-zoom toolbar" role="group" aria-label="Zoom">
        <button type="button" className="button button-small" onClick={() => zoomCentre(ZOOM_STEP)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" className="button button-small" onClick={() => zoomCentre(1 / ZOOM_STEP)} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" className="button button-small" onClick={fit} title="Fit the graph in the window (0)">
          Fit
        </button>
        <span className="graph-zoom-level" aria-live="polite">
          {Math.round(view.scale * 100)} %
        </span>
      </div>
      <div
        ref={ref}
        className="graph-canvas"
        role="group"
        aria-label="Decision graph: drag or use the arrow keys to move, + and − to zoom, 0 to fit"
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
        onClickCapture={(event) => {
          if (drag.current?.moved) {
            event.preventDefault();
            event.stopPropagation();
          }
        }}
      >
        <svg className="graph-svg" width="100%" height="100%">
          <defs>
            <marker id="graph-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
              <path d="M0 0L10 5L0 10z" className="graph-arrow" />
            </marker>
          </defs>
          <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
            <GraphShapes layout={layout} />
          </g>
        </svg>
      </div>
    </div>
  );
}

const GraphShapes = memo(function GraphShapes({ layout }: { layout: GraphLayout }) {
  return (
    <>
      <g className="graph-edges">
        {layout.edges.map((edge) => {
          const middle = edge.points[Math.floor(edge.points.length / 2)];
          return (
            <g key={`${edge.fromId}-${edge.kind}-${edge.toId}`} className={`graph-edge graph-edge-${edge.kind}`} data-kind={edge.kind}>
              <path d={edgePath(edge.points)} markerEnd={edge.kind === 'relates-to' ? undefined : 'url(#graph-arrow)'} />
              {middle && (
                <text x={middle.x + 4} y={middle.y} className="graph-edge-label">
                  {edge.kind}
                </text>
              )}
            </g>
          );
        })}
      </g>
      <g className="graph-nodes">
        {layout.nodes.map((node) => {
          const name = `${formatDecisionNumber(node.number)} ${node.title}`;
          return (
            <a key={node.id} href={routeHash({ name: 'decision', id: node.id })} aria-label={`${name}, ${statusLabel(node.status)}`} className="graph-node-link">
              <title>{name}</title>
              <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={8} className={`graph-node graph-node-${statusTone(node.status)}`} />
              <text x={node.x + 10} y={node.y + 21} className="graph-node-meta">
                {formatDecisionNumber(node.number)} · {statusLabel(node.status)}
              </text>
              <text x={node.x + 10} y={node.y + 41} className="graph-node-title">
                {fitTitle(node.title)}
              </text>
            </a>
          );
        })}
      </g>
    </>
  );
});
