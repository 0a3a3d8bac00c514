/**
 * Checks the content folder without building the site: `npm exec -- node tools/check/cli.ts [folder] [--fix] [--cache <dir>]`.
 * The folder is CONTENT_DIR or content/ by default. Exits 1 when there is any error; warnings do not fail.
 * --fix rewrites files whose text is not Unicode NFC (the only change it makes).
 * --cache <dir> keeps what each file's check found in <dir>, so that a later run checks only the files that changed
 * (src/checks/check-cache.ts); the shard runner uses it.
 */
import path from 'node:path';
import { formatProblems, pendingReviewLine, runContentCheck } from '../../src/checks/index.ts';
import { settings } from '../../src/settings.ts';

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const cacheAt = args.indexOf('--cache');
const cacheDir = cacheAt >= 0 ? args[cacheAt + 1] : undefined;
const folder = args.find((a, i) => !a.startsWith('--') && (cacheAt < 0 || i !== cacheAt + 1)) ?? settings().CONTENT_DIR;
const dir = path.resolve(folder);

const started = performance.now();
const result = runContentCheck({ dir, fix, cacheDir: cacheDir && path.resolve(cacheDir) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const file of result.fixed) console.log(`Đã chuẩn hóa NFC (normalized to NFC): ${folder}/${file}`);
if (result.problems.length) console.log(formatProblems(result.problems, path.relative(process.cwd(), dir) || '.'));
const pending = pendingReviewLine(result.pendingReview);
if (pending) console.log(`\n${pending}`);
const reused = result.reused ? `; ${result.reused} tệp không đổi, không kiểm tra lại (${result.reused} unchanged, not checked again)` : '';
console.log(`\n${result.files} tệp đã kiểm tra trong ${seconds} s (${result.files} files checked in ${seconds} s)${reused}`);
process.exitCode = result.errorCount ? 1 : 0;
