/**
 * `npm run admin -- --workflow` (or CMS_WORKFLOW=1): the editor with the editorial workflow, locally. decap-server
 * then runs in git mode on the folder that holds the content: each entry being written is a local branch
 * `cms/<collection>/<slug>` (its status in `git config branch.<b>.description`), and publishing merges that branch
 * into the branch checked out when the editor started. It checks branches out in the working folder and commits
 * with `git add .`, so it only starts on a git repository with nothing uncommitted.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

function git(repo: string, args: string[]): { ok: boolean; out: string } {
  const result = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  return { ok: result.status === 0, out: (result.stdout ?? '').trimEnd() };
}

/** A refusal to start the workflow, with the message to show as it is. */
export class WorkflowRefused extends Error {
  override name = 'WorkflowRefused';
}

/** The paths `git status` reports as changed or untracked under the folder, relative to it. */
function uncommitted(repo: string): string[] {
  const status = git(repo, ['status', '--porcelain', '-z', '--untracked-files=all', '--no-renames', '--', '.']);
  if (!status.ok) throw new WorkflowRefused(`Không đọc được trạng thái git của ${repo} (git status failed).`);
  const top = git(repo, ['rev-parse', '--show-toplevel']).out;
  // Porcelain paths are relative to the repository's top; the folder may be below it.
  return status.out
    .split('\0')
    .filter(Boolean)
    .map((entry) => path.relative(repo, path.join(top, entry.slice(3))).split(path.sep).join('/'));
}

function refuseChanges(changed: string[], contentFolder: string): void {
  if (changed.length === 0) return;
  const inContent = changed.filter((file) => file === contentFolder || file.startsWith(`${contentFolder}/`));
  const listed = inContent.length ? inContent : changed;
  throw new WorkflowRefused(
    [
      inContent.length
        ? `Thư mục nội dung ${contentFolder}/ có thay đổi chưa commit (uncommitted changes in the content folder):`
        : 'Thư mục có thay đổi chưa commit (uncommitted changes): trình soạn thảo commit bằng “git add .”, chúng sẽ bị gộp vào bài viết:',
      ...listed.slice(0, 8).map((file) => `  - ${file}`),
      ...(listed.length > 8 ? [`  … và ${listed.length - 8} tệp khác`] : []),
      'Chế độ duyệt bài chuyển nhánh git ngay trong thư mục này (git mode checks out branches in the working tree).',
      'Hãy commit hoặc cất (git stash -u) các thay đổi rồi chạy lại; hoặc dùng “npm run admin” (lưu thẳng, không duyệt).',
    ].join('\n'),
  );
}

/**
 * Checks that the workflow can run on `repo` (the folder holding the content folder) and returns the branch that
 * published entries are merged into: the one checked out. Throws WorkflowRefused with a Vietnamese message if the
 * folder is not in a git repository, has no commit or no branch checked out, is left on an editor's branch, has
 * uncommitted changes, or git has no author to commit as.
 */
export function workflowBranch(repo: string, contentDir: string): string {
  if (git(repo, ['rev-parse', '--is-inside-work-tree']).out !== 'true') {
    throw new WorkflowRefused(
      `${repo} không phải là một kho git (not a git repository). Chế độ duyệt bài lưu mỗi bài trên một nhánh git: hãy chạy “git init” và commit nội dung trước, hoặc dùng “npm run admin” (lưu thẳng, không duyệt).`,
    );
  }
  if (!git(repo, ['rev-parse', '--verify', '--quiet', 'HEAD']).ok) {
    throw new WorkflowRefused(`Kho git ${repo} chưa có commit nào (no commit yet): hãy commit nội dung trước.`);
  }
  const branch = git(repo, ['symbolic-ref', '--short', '--quiet', 'HEAD']);
  if (!branch.ok || !branch.out) {
    throw new WorkflowRefused(`Kho git ${repo} không ở trên nhánh nào (detached HEAD): hãy “git switch <nhánh chính>” rồi chạy lại.`);
  }
  if (branch.out.startsWith('cms/')) {
    throw new WorkflowRefused(
      `Thư mục đang ở nhánh ${branch.out} của một bài chưa xuất bản (left on an editor's branch, the editor was stopped mid-save?): hãy “git switch <nhánh chính>” rồi chạy lại.`,
    );
  }
  refuseChanges(uncommitted(repo), path.relative(repo, contentDir).split(path.sep).join('/'));
  if (!git(repo, ['var', 'GIT_COMMITTER_IDENT']).ok) {
    throw new WorkflowRefused(
      'Git chưa biết tên người commit (no git identity): hãy chạy “git config user.name "Tên"” và “git config user.email "email"” trong thư mục này rồi chạy lại.',
    );
  }
  return branch.out;
}
