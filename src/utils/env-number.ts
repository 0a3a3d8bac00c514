/**
 * A whole number ≥ 1 from the environment (a build setting such as LIST_PAGE_SIZE), or the fallback when unset.
 * Anything else stops the build with a message naming the variable and what it got.
 */
export function wholeNumberFromEnv(name: string, fallback: number, env: Record<string, string | undefined> = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} phải là số nguyên dương, không phải "${raw}" (${name} must be a whole number ≥ 1)`);
  }
  return value;
}
