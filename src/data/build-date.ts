/**
 * The date the build treats as "today". Pin it with BUILD_DATE=YYYY-MM-DD for reproducible builds;
 * otherwise it is the current UTC date.
 */
export function buildDate(): string {
  const pinned = process.env.BUILD_DATE;
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) {
      throw new Error(`BUILD_DATE="${pinned}" không hợp lệ: dùng dạng YYYY-MM-DD (expected YYYY-MM-DD)`);
    }
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}

/**
 * Whether drafts are shown: only in `astro dev`, never in a build, whatever NODE_ENV says.
 * The content-check integration records Astro's command in BANG_VANG_COMMAND.
 */
export function showDrafts(): boolean {
  return process.env.BANG_VANG_COMMAND === 'dev';
}
