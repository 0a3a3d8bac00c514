import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, settings } from '../settings.ts';
import { formatProblems, pendingReviewLine, runContentCheck } from '../checks/index.ts';

/**
 * Checks all content before Astro loads it and fails the build with every problem at once
 * (the checks live in src/checks/). In `astro dev` problems are printed and the server keeps running,
 * so that a typo does not stop the writer's preview.
 */
export default function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'bang-vang:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        // Which command runs, for src/settings.ts and src/content.config.ts: drafts show in `astro dev` only.
        // import.meta.env.DEV cannot tell: it is true in a build run with NODE_ENV=test or development.
        process.env.BANG_VANG_COMMAND = command;
        if (command === 'preview') return;
        // The shard runner checks the whole content folder once before its parts build (tools/shards/cli.ts).
        if (settings().CONTENT_CHECK === 'off') return logger.info('Nội dung đã được kiểm tra trước khi dựng (content checked by the shard runner)');
        const dir = contentDir();
        const started = performance.now();
        // What each file's check found is kept in the cache folder: an unchanged file is not checked again.
        const result = runContentCheck({ dir, cacheDir: command === 'build' ? fileURLToPath(config.cacheDir) : undefined });
        const label = path.relative(process.cwd(), dir) || '.';
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const pending = pendingReviewLine(result.pendingReview);
        if (pending) logger.warn(pending);
        if (!result.problems.length) {
          const reused = result.reused ? `; ${result.reused} tệp không đổi (${result.reused} unchanged, not checked again)` : '';
          logger.info(`Nội dung hợp lệ: ${result.files} tệp, ${seconds} s (content OK: ${result.files} files)${reused}`);
          return;
        }
        const report = formatProblems(result.problems, label);
        (result.errorCount ? logger.error : logger.warn).call(logger, `\n${report}\n`);
        if (!result.errorCount || command === 'dev') return;
        // The list is printed above by the logger; the error stays one line because Astro's error display
        // rewrites messages that mention "document" or "window" into a hint about browser APIs.
        const files = new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
        const error = new Error(
          `Kiểm tra nội dung thất bại: ${result.errorCount} lỗi trong ${files} tệp, xem danh sách ở trên ` +
            `(content check failed: ${result.errorCount} error${result.errorCount === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}, listed above)`,
        );
        error.name = 'ContentCheckError';
        Object.assign(error, {
          hint: 'Sửa các lỗi trên rồi dựng lại; `npm run check` kiểm tra mà không dựng trang. (Fix the errors above and build again; `npm run check` checks without building.)',
          problems: result.problems,
        });
        error.stack = '';
        throw error;
      },
    },
  };
}
