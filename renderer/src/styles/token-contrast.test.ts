import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const tokens = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/*
 * Every text colour is used for words somewhere (placeholders, "No tags yet", an unset value, an
 * observer's name), on every surface, in both themes. WCAG AA asks 4.5:1 for body text; axe in the
 * e2e runs only sees the states a test happens to reach, so the tokens themselves are held here.
 */
const TEXT_TOKENS = ['--text', '--text-muted', '--text-faint'];
const SURFACE_TOKENS = ['--bg', '--bg-hover', '--surface', '--surface-2', '--surface-sunken'];

function themePair(name: string): [light: string, dark: string] {
  const match = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(tokens);
  if (!match?.[1] || !match[2]) throw new Error(`${name} is not a light-dark pair of hex colours in tokens.css`);
  return [match[1], match[2]];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const v = parseInt(hex.slice(at, at + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe('colour tokens', () => {
  for (const [theme, index] of [['light', 0], ['dark', 1]] as const) {
    for (const text of TEXT_TOKENS) {
      it(`${text} reads at 4.5:1 on every surface in the ${theme} theme`, () => {
        const ratios = SURFACE_TOKENS.map((surface) => [surface, contrast(themePair(text)[index], themePair(surface)[index])] as const);
        expect(ratios.filter(([, ratio]) => ratio < 4.5)).toEqual([]);
      });
    }
  }
});
