/**
 * `npm run admin`: the editor on this machine, no account needed. Starts Decap CMS's local backend
 * (decap-server, which reads and writes the files of the content folder's parent) and `astro dev`, prints the
 * address to open, and stops both on Ctrl-C or when either stops.
 *
 * `npm run admin -- --workflow` (or CMS_WORKFLOW=1) runs it with the editorial workflow: decap-server in git mode,
 * each entry on its own branch until it is published into the branch checked out (tools/admin/workflow.ts).
 *
 * Settings (src/settings.ts): CONTENT_DIR (default content/), CMS_PROXY_PORT (default 8081), CMS_WORKFLOW;
 * ADMIN_PORT is the dev server's port (default 4321). The tests start it the same way on other ports against a
 * copy of the content.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, settings } from '../../src/settings.ts';
import { WorkflowRefused, workflowBranch } from './workflow.ts';

const require = createRequire(import.meta.url);

/**
 * The two processes' command lines: node runs both bins, so the Node version is this one. With the workflow,
 * decap-server runs in git mode and the dev server's configuration names the branch checked out as the backend's
 * branch (CMS_BRANCH), the one publishing merges into; throws WorkflowRefused when the folder is not fit for it.
 */
export function commands(env: NodeJS.ProcessEnv = process.env): Array<{ name: string; args: string[]; env: NodeJS.ProcessEnv }> {
  const s = settings(env);
  const port = env.ADMIN_PORT ?? '4321';
  const repo = path.dirname(contentDir(env));
  const workflow = s.CMS_WORKFLOW === '1';
  const astroEnv = workflow ? { ...env, CMS_BRANCH: workflowBranch(repo, contentDir(env)) } : env;
  return [
    { name: 'decap-server', args: [require.resolve('decap-server/dist/index.js')], env: { ...env, PORT: String(s.CMS_PROXY_PORT), GIT_REPO_DIRECTORY: repo, MODE: workflow ? 'git' : 'fs' } },
    { name: 'astro', args: [fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url)), 'dev', '--port', port, ...(env.ADMIN_HOST ? ['--host', env.ADMIN_HOST] : [])], env: astroEnv },
  ];
}

/** The command lines for this run (`--workflow` on the command line sets CMS_WORKFLOW=1), or exits with the refusal. */
function commandsOrExit(): ReturnType<typeof commands> {
  const env = process.argv.includes('--workflow') ? { ...process.env, CMS_WORKFLOW: '1' } : process.env;
  try {
    const list = commands(env);
    const branch = list[1].env.CMS_BRANCH;
    if (settings(env).CMS_WORKFLOW === '1') console.log(`Chế độ duyệt bài: mỗi bài nằm trên nhánh cms/…; “Công bố” gộp bài vào nhánh ${branch}.`);
    return list;
  } catch (error) {
    if (!(error instanceof WorkflowRefused)) throw error;
    console.error(error.message);
    process.exit(1);
  }
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
  for (const { name, args, env } of commandsOrExit()) {
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
