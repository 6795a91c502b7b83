/** How the graph canvas shows the laid-out graph: scaled by `scale`, then shifted by x, y pixels. */
export interface Viewport {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 3;
const FIT_MARGIN = 24;

function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The viewport that shows the whole graph centred in the canvas, never enlarged past 100 %. */
export function fitViewport(content: { width: number; height: number }, canvas: { width: number; height: number }): Viewport {
  if (content.width <= 0 || content.height <= 0) return { scale: 1, x: FIT_MARGIN, y: FIT_MARGIN };
  const scale = clampScale(
    Math.min(1, (canvas.width - 2 * FIT_MARGIN) / content.width, (canvas.height - 2 * FIT_MARGIN) / content.height),
  );
  return { scale, x: (canvas.width - content.width * scale) / 2, y: Math.max(FIT_MARGIN, (canvas.height - content.height * scale) / 2) };
}

/** Zooms by `factor` keeping the canvas point (px, py) over the same spot of the graph, as maps do. */
export function zoomAt(view: Viewport, factor: number, px: number, py: number): Viewport {
  const scale = clampScale(view.scale * factor);
  const applied = scale / view.scale;
  return { scale, x: px - (px - view.x) * applied, y: py - (py - view.y) * applied };
}

/** Moves the graph by a pointer drag or an arrow key. */
export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return { ...view, x: view.x + dx, y: view.y + dy };
}
