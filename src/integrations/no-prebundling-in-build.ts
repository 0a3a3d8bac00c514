import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Turns off Vite's dependency pre-bundling in `astro build`. Pre-bundling prepares packages for a browser that
 * loads them one by one from a dev server; a build bundles them itself. Yet the server Astro starts to sync the
 * content collections still pre-bundled the dev toolbar's packages: ≈ 4 s on every build, once per part of a
 * sharded build, all of them writing the same node_modules/.vite folder at the same time.
 * `astro dev` keeps it: there the browser does load those packages.
 */
export default function noPrebundlingInBuild(): AstroIntegration {
  return {
    name: 'bang-vang:no-prebundling-in-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [withoutPrebundling()] } });
      },
    },
  };
}

/**
 * Vite's way to turn the optimizer off is no discovery and nothing to include. Astro's plugins add packages to
 * include, and merged lists only grow, so this plugin runs last and empties them.
 */
function withoutPrebundling(): Plugin {
  return {
    name: 'bang-vang:without-prebundling',
    enforce: 'post',
    configEnvironment(_name, options) {
      options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
    },
  };
}
