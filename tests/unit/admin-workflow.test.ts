import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../tools/admin/start.ts';
import { WorkflowRefused, workflowBranch } from '../../tools/admin/workflow.ts';
import { cmsConfig } from '../../src/admin/config.ts';
import { settings } from '../../src/settings.ts';

/**
 * `npm run admin -- --workflow` (tools/admin/workflow.ts): decap-server's git mode checks branches out in the
 * working folder and commits with `git add .`, so the editor starts only on a clean git repository, and publishes
 * into the branch checked out. The browser test of the whole workflow is tests/e2e/admin-workflow.spec.ts.
 */
let root: string;
let content: string;

function git(...args: string[]): string {
  const result = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

/** A repository with one committed story, on branch `ban-tin`, with its own author. */
function repository(): void {
  fs.mkdirSync(path.join(content, 'stories'), { recursive: true });
  fs.writeFileSync(path.join(content, 'stories', 'a.mdx'), '---\ntitle: A\n---\n');
  git('init', '--quiet', '--initial-branch=ban-tin');
  git('config', 'user.name', 'Phòng Văn hóa');
  git('config', 'user.email', 'vanhoa@xa.example.vn');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '--no-verify', '-m', 'init');
}

const refusal = () => {
  try {
    workflowBranch(root, content);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkflowRefused);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-workflow-'));
  content = path.join(root, 'content');
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the local editorial workflow starts only where git mode is safe', () => {
  it('refuses a folder that is not a git repository, in Vietnamese', () => {
    fs.mkdirSync(content);
    expect(refusal()).toMatch(/không phải là một kho git[\s\S]*npm run admin/);
  });

  it('refuses a repository without a commit', () => {
    fs.mkdirSync(content);
    git('init', '--quiet');
    expect(refusal()).toMatch(/chưa có commit nào/);
  });

  it('returns the branch checked out: published entries are merged into it', () => {
    repository();
    expect(workflowBranch(root, content)).toBe('ban-tin');
  });

  it('refuses uncommitted changes in the content folder, naming them', () => {
    repository();
    fs.appendFileSync(path.join(content, 'stories', 'a.mdx'), 'sửa dở\n');
    fs.writeFileSync(path.join(content, 'stories', 'b.mdx'), '---\ntitle: B\n---\n');
    const message = refusal();
    expect(message).toContain('Thư mục nội dung content/ có thay đổi chưa commit');
    expect(message).toContain('  - content/stories/a.mdx\n  - content/stories/b.mdx\n');
    expect(message).toContain('git stash -u');
  });

  it('refuses changes elsewhere in the folder too: decap-server would commit them with the entry (git add .)', () => {
    repository();
    fs.writeFileSync(path.join(root, 'ghi-chu.txt'), 'nháp\n');
    expect(refusal()).toMatch(/git add \.[\s\S]* {2}- ghi-chu\.txt/);
  });

  it('refuses a detached HEAD and a checkout left on an editor’s branch', () => {
    repository();
    git('checkout', '--quiet', '--detach');
    expect(refusal()).toMatch(/detached HEAD/);
    git('checkout', '--quiet', '-b', 'cms/stories/a');
    expect(refusal()).toMatch(/nhánh cms\/stories\/a của một bài chưa xuất bản/);
  });

  it('refuses when git has no author to commit as', () => {
    repository();
    git('config', '--unset', 'user.name');
    git('config', '--unset', 'user.email');
    git('config', 'user.useConfigOnly', 'true');
    vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
    vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
    for (const name of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'EMAIL']) vi.stubEnv(name, undefined);
    expect(refusal()).toMatch(/git config user\.name/);
  });
});

describe('npm run admin with and without the workflow', () => {
  it('keeps file mode by default: no git needed', () => {
    fs.mkdirSync(content);
    const [server, astro] = commands({ CONTENT_DIR: content });
    expect(server.env).toMatchObject({ MODE: 'fs', GIT_REPO_DIRECTORY: root });
    expect(astro.env.CMS_BRANCH).toBeUndefined();
  });

  it('with CMS_WORKFLOW=1, runs decap-server in git mode and gives the dev server the branch checked out', () => {
    repository();
    const [server, astro] = commands({ CONTENT_DIR: content, CMS_WORKFLOW: '1' });
    expect(server.env).toMatchObject({ MODE: 'git', GIT_REPO_DIRECTORY: root });
    expect(astro.env.CMS_BRANCH).toBe('ban-tin');
  });

  it('with CMS_WORKFLOW=1 on a folder that is not fit, refuses before starting anything', () => {
    fs.mkdirSync(content);
    expect(() => commands({ CONTENT_DIR: content, CMS_WORKFLOW: '1' })).toThrow(WorkflowRefused);
  });

  it('the dev server’s config keeps the editorial workflow and names that branch for the local backend', () => {
    vi.stubEnv('BANG_VANG_COMMAND', 'dev');
    const config = cmsConfig(settings({ CMS_BRANCH: 'ban-tin', CMS_PROXY_PORT: '8096', BANG_VANG_COMMAND: 'dev' }), 'content');
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', backend: { branch: 'ban-tin' }, local_backend: { url: 'http://localhost:8096/api/v1' } });
  });

  it('CMS_WORKFLOW takes 0 or 1', () => {
    expect(settings({}).CMS_WORKFLOW).toBe('0');
    expect(() => settings({ CMS_WORKFLOW: 'yes' })).toThrow(/CMS_WORKFLOW="yes"/);
  });
});
