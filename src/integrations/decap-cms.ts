import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { settings } from '../settings.ts';
import { adminHeadersRule } from '../admin/csp.ts';

/** Where the editor's browser bundle is served from, under the site's base: /admin/decap/decap-cms.js. */
export const bundleFolder = 'admin/decap';

/** Decap CMS's prebuilt browser bundle and the chunks it loads on demand, from node_modules (no CDN). */
function bundleFiles(): { dir: string; files: string[] } {
  const dir = path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
  const files = fs.readdirSync(dir).filter((name) => /(^|\.)decap-cms\.js$/.test(name));
  return { dir, files };
}

/**
 * Serves the editor's bundle at /admin/decap/ in `astro dev` and copies it there in a build, with the /admin/
 * headers appended to the built _headers. Only /admin/index.html loads it: no other page ships any of it.
 */
export default function decapCms(): AstroIntegration {
  return {
    name: 'bang-vang:decap-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const { dir, files } = bundleFiles();
        const prefix = `${settings().BASE.replace(/\/?$/, '/')}${bundleFolder}/`;
        server.middlewares.use((request, response, next) => {
          const name = request.url?.split('?')[0].startsWith(prefix) ? request.url.split('?')[0].slice(prefix.length) : '';
          if (!files.includes(name)) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          fs.createReadStream(path.join(dir, name)).pipe(response);
        });
      },
      'astro:build:done': ({ dir: outUrl, logger }) => {
        const out = fileURLToPath(outUrl);
        if (!fs.existsSync(path.join(out, 'admin', 'index.html'))) return;
        const { dir, files } = bundleFiles();
        fs.mkdirSync(path.join(out, bundleFolder), { recursive: true });
        for (const name of files) fs.copyFileSync(path.join(dir, name), path.join(out, bundleFolder, name));
        const headers = path.join(out, '_headers');
        if (fs.existsSync(headers) && !fs.readFileSync(headers, 'utf8').includes('! Content-Security-Policy')) {
          fs.appendFileSync(headers, adminHeadersRule(settings()));
        }
        logger.info(`Trình soạn thảo: ${files.length} tệp Decap CMS chép vào ${bundleFolder}/ (editor bundle copied)`);
      },
    },
  };
}

/** Whether a page address is the editor's (kept out of the sitemap, the search index and robots). */
export function isAdminPage(page: string): boolean {
  return /^\/admin(\/|$)/.test(new URL(page, 'http://localhost/').pathname.slice(settings().BASE.replace(/\/$/, '').length));
}
