/** Chart colours: the accent for results, warm and teal tones for behaviors, one for targets (tokens.css has the same family). */
export const CHART_COLORS = {
  result: '#4a5db5',
  target: '#1b6636',
  baseline: '#8b939f',
  grid: 'rgba(139, 147, 159, 0.25)',
  axis: '#8b939f',
  note: '#b26b00',
  behaviors: ['#d98a1c', '#0c8f86', '#9b5ccf', '#c2476b', '#5a8f29'],
} as const;

export function behaviorColor(index: number): string {
  return CHART_COLORS.behaviors[index % CHART_COLORS.behaviors.length]!;
}
