/**
 * Checks the content folder without building the site: `npm exec -- node tools/check/cli.ts [folder] [--fix]`.
 * The folder is CONTENT_DIR or content/ by default. Exits 1 when there is any error; warnings do not fail.
 * --fix rewrites files whose text is not Unicode NFC (the only change it makes).
 */
import path from 'node:path';
import { formatProblems, pendingReviewLine, runContentCheck } from '../../src/checks/index.ts';
import { settings } from '../../src/settings.ts';

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const folder = args.find((a) => !a.startsWith('--')) ?? settings().CONTENT_DIR;
const dir = path.resolve(folder);

const started = performance.now();
const result = runContentCheck({ dir, fix });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const file of result.fixed) console.log(`Đã chuẩn hóa NFC (normalized to NFC): ${folder}/${file}`);
if (result.problems.length) console.log(formatProblems(result.problems, path.relative(process.cwd(), dir) || '.'));
const pending = pendingReviewLine(result.pendingReview);
if (pending) console.log(`\n${pending}`);
console.log(`\n${result.files} tệp đã kiểm tra trong ${seconds} s (${result.files} files checked in ${seconds} s)`);
process.exitCode = result.errorCount ? 1 : 0;
