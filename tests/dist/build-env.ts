/** The environment of `npm run build` for a build a test starts: vitest's own NODE_ENV=test and VITEST* variables are left out. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(NODE_ENV|VITEST.*|TEST|MODE)$/.test(key)) env[key] = value;
  return { ...env, ...extra };
}
