/** The content check: one pass over content/, every problem at once. */
export { runContentCheck, type CheckOptions, type CheckResult } from './run.ts';
export { formatProblems, pendingReviewLine } from './format.ts';
export type { Problem } from './problem.ts';
