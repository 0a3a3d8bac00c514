/**
 * Series colors. Each has a contrast of at least 3:1 (WCAG 1.4.11, graphical objects) against both a white
 * page and a dark one (#141414, the site's dark --bg), so the palette works in light and dark color schemes without switching.
 * Color never carries meaning alone: series also differ by fill pattern, dash and legend text.
 */
export const seriesColors = ['#1d6fd1', '#d2560b', '#15803d', '#9333ea', '#c0266e', '#0e7f74'] as const;

/** An unknown category ("Không nêu cấp"): grey, so it never competes with the known ones; still 3:1 on both backgrounds. */
export const mutedColor = '#7a7a7a';

/** Backgrounds the palette is checked against: light and dark color schemes. */
export const backgrounds = { light: '#ffffff', dark: '#141414' } as const;

/** Relative luminance of a "#rrggbb" color (WCAG 2.x definition). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two "#rrggbb" colors, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
