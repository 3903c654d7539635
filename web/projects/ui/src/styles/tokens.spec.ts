import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

const PROJECTS = new URL('../../../', import.meta.url).pathname;
const APPS = ['auth', 'customer', 'supplier', 'financial', 'operations'];

/** Every style, template and component file of the apps and the ui library, but the tokens and tests. */
function sourceFiles(dir = PROJECTS): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(css|ts|html)$/.test(entry.name) && !/(\.spec\.ts|tokens\.css|index\.html)$/.test(entry.name)
      ? [path]
      : [];
  });
}

const HARD_CODED_COLOUR = /#[0-9a-f]{3}(?:[0-9a-f]{3})?(?:[0-9a-f]{2})?\b|\b(?:rgb|hsl)a?\(/i;

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
    ['chart-1', surface, UI] as const,
    ['chart-2', surface, UI] as const,
    ['chart-3', surface, UI] as const,
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

  it('are the only colours in the styles of every app and component', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => HARD_CODED_COLOUR.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it.each(APPS)("give the %s app's theme-color the page background of each theme", (app) => {
    const html = readFileSync(join(PROJECTS, app, 'src', 'index.html'), 'utf8');
    const metas = [...html.matchAll(/<meta name="theme-color" content="([^"]+)"[^>]*data-theme="(\w+)"/g)];
    expect(Object.fromEntries(metas.map(([, content, theme]) => [theme, content]))).toEqual({
      light: light.get('bg'),
      dark: dark.get('bg'),
    });
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
