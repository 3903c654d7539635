import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';

/** The colour tokens as tokens.css declares them, read from the file so this test cannot drift from it. */
function themes(): { light: Map<string, string>; dark: Map<string, string> } {
  const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const [, name, value] of css.matchAll(/--ab-color-([\w-]+):\s*([^;]+);/g)) {
    const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value.trim());
    light.set(name, pair ? pair[1] : value.trim());
    dark.set(name, pair ? pair[2] : value.trim());
  }
  return { light, dark };
}

function luminance(hex: string): number {
  const digits = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!digits) throw new Error(`${hex} is not an opaque #rrggbb colour`);
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(digits.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const TEXT = 4.5;
const UI = 3;

const surfaces = ['bg', 'surface', 'surface-raised'];

/** [foreground, background, the ratio it needs]: every pairing the stylesheets use. */
const PAIRS: readonly (readonly [string, string, number])[] = [
  ...surfaces.flatMap((surface) => [
    ['text', surface, TEXT] as const,
    ['text-muted', surface, TEXT] as const,
    ['accent-strong', surface, TEXT] as const,
    ['accent', surface, UI] as const,
    ['success', surface, TEXT] as const,
    ['warning', surface, TEXT] as const,
    ['danger', surface, TEXT] as const,
    ['info', surface, TEXT] as const,
    ['focus', surface, UI] as const,
    ['control-border', surface, UI] as const,
  ]),
  ['on-accent', 'accent-strong', TEXT],
  ['on-accent', 'accent', TEXT],
  ['accent-strong', 'bg', UI],
  ['on-focus', 'focus', TEXT],
  ['text', 'danger-tint', TEXT],
  ['danger', 'danger-tint', TEXT],
  ['text', 'success-tint', TEXT],
  ['success', 'success-tint', TEXT],
  ['text', 'warning-tint', TEXT],
  ['warning', 'warning-tint', TEXT],
  ['focus', 'danger-tint', UI],
];

describe('the design tokens', () => {
  const { light, dark } = themes();

  it('give every colour a value in the light and in the dark theme', () => {
    expect([...light.keys()].sort()).toEqual([...dark.keys()].sort());
    expect(light.size).toBeGreaterThan(10);
  });

  describe.each([
    ['light', light],
    ['dark', dark],
  ])('in the %s theme', (_theme, tokens) => {
    it.each(PAIRS)('show %s on %s with a contrast of at least %d:1', (foreground, background, needed) => {
      const [fg, bg] = [tokens.get(foreground), tokens.get(background)];
      expect({ fg, bg }).toEqual({ fg: expect.any(String), bg: expect.any(String) });
      expect(contrast(fg ?? '', bg ?? '')).toBeGreaterThanOrEqual(needed);
    });
  });
});
