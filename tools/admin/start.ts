/**
 * `npm run admin`: the editor on this machine, no account needed. Starts Decap CMS's local backend
 * (decap-server, which reads and writes the files of the content folder's parent) and `astro dev`, prints the
 * address to open, and stops both on Ctrl-C or when either stops.
 *
 * Settings (src/settings.ts): CONTENT_DIR (default content/), CMS_PROXY_PORT (default 8081); ADMIN_PORT is the
 * dev server's port (default 4321). The tests start it the same way on other ports against a copy of the content.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, settings } from '../../src/settings.ts';

const require = createRequire(import.meta.url);

/** The two processes' command lines: node runs both bins, so the Node version is this one. */
export function commands(env: NodeJS.ProcessEnv = process.env): Array<{ name: string; args: string[]; env: NodeJS.ProcessEnv }> {
  const s = settings(env);
  const port = env.ADMIN_PORT ?? '4321';
  const repo = path.dirname(contentDir(env));
  return [
    { name: 'decap-server', args: [require.resolve('decap-server/dist/index.js')], env: { ...env, PORT: String(s.CMS_PROXY_PORT), GIT_REPO_DIRECTORY: repo, MODE: 'fs' } },
    { name: 'astro', args: [fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url)), 'dev', '--port', port, ...(env.ADMIN_HOST ? ['--host', env.ADMIN_HOST] : [])], env },
  ];
}

function main(): void {
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    setTimeout(() => process.exit(code), 500).unref();
  };
  for (const { name, args, env } of commands()) {
    const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
    child.on('exit', (code) => {
      if (!stopping) console.error(`${name} đã dừng (stopped, code ${code}); dừng cả trình soạn thảo.`);
      stop(code ?? 1);
    });
    children.push(child);
  }
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  const port = process.env.ADMIN_PORT ?? '4321';
  setTimeout(() => console.log(`\nMở http://localhost:${port}/admin/ (open it in a browser; Ctrl-C to stop)\n`), 3000);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
