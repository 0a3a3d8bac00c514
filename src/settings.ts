import path from 'node:path';
import { z } from 'astro/zod';

type Env = Record<string, string | undefined>;

/** Whether YYYY-MM-DD names a day of the calendar (2026-02-30 does not, though it has the right shape). */
const isCalendarDay = (value: string): boolean => {
  const day = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
};

const wholeNumber = z.coerce
  .number({ error: 'cần một số nguyên ≥ 1 (expected a whole number ≥ 1)' })
  .int('cần một số nguyên ≥ 1 (expected a whole number ≥ 1)')
  .min(1, 'cần một số nguyên ≥ 1 (expected a whole number ≥ 1)');

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `cần một trong (expected one of): ${values.join(', ')}` });

/**
 * Every environment variable the build, the tests' builds and the tools read, declared once. A value left empty
 * counts as unset. Read them through `settings()`, never through `process.env`, so that a bad value stops the
 * build at its start, named, with every other bad value beside it.
 */
export const settingsSchema = z.object({
  /** The folder the site is built from: a generated corpus or a shard builds with the same code. */
  CONTENT_DIR: z.string().default('content'),
  /** The date the build treats as today, for embargoes; pinned for reproducible builds. Default: today (UTC). */
  BUILD_DATE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'cần dạng YYYY-MM-DD (expected YYYY-MM-DD)')
    .refine(isCalendarDay, 'không phải một ngày có thật (not a real date)')
    .optional(),
  /** The site's public address, for canonical links, the sitemap and feeds. */
  SITE: z.url('cần một địa chỉ đầy đủ như https://example.vn (expected an absolute URL)').default('https://bangvang.example.vn'),
  /** The sub-path the site is served under. */
  BASE: z.string().startsWith('/', 'cần bắt đầu bằng / (expected a path starting with /)').default('/'),
  /** Where a build writes its pages, so that several builds can run side by side. */
  OUT_DIR: z.string().default('./dist'),
  /** Where a build keeps its cache (Astro's, and the search bundles'). */
  CACHE_DIR: z.string().default('./node_modules/.astro'),
  /** Items per page of a long list (the honor roll, the documents, their facet pages). */
  LIST_PAGE_SIZE: wholeNumber.default(100),
  /** Rows a chart compares; a page with more units compares provinces instead. */
  CHART_ROW_LIMIT: wholeNumber.default(40),
  /** HTML bytes of documents and exemplars one search bundle may hold before the index is split by province. */
  SEARCH_BUNDLE_BYTES: z.coerce
    .number({ error: 'cần một số byte ≥ 0 (expected a number of bytes ≥ 0)' })
    .min(0, 'cần một số byte ≥ 0 (expected a number of bytes ≥ 0)')
    .default(20_000_000),
  /** How many search bundles are indexed at once; default one per core. */
  SEARCH_INDEXERS: wholeNumber.optional(),
  /** Set by the shard runner: which part of a sharded build runs (a plain build is `whole`). */
  BUILD_PART: oneOf(['whole', 'shared', 'shard']).default('whole'),
  /** Set by the shard runner: `off` when it has checked the whole content folder before the parts build. */
  CONTENT_CHECK: oneOf(['on', 'off']).default('on'),
  /** Set by the shard runner: what a part indexes for search (src/integrations/pagefind.ts). */
  SEARCH_INDEX_PART: oneOf(['whole', 'regional', 'facts', 'none']).default('whole'),
  /** Set by the shard runner: where a part records its searchable pages. */
  SEARCH_FACTS_FILE: z.string().optional(),
  /**
   * Set by the shard runner: a shard whose stories changed in their bodies alone writes only these stories' pages
   * (their ids, comma-separated; tools/shards/entry-pages.ts).
   */
  PART_STORIES: z.string().optional(),
  /**
   * Set by the shard runner: a part whose exemplars changed in their descriptions alone writes only what shows a
   * description: a shard these exemplars' pages, the shared part the open data of exemplars (ids, comma-separated).
   */
  PART_EXEMPLARS: z.string().optional(),
  /** The editor at /admin/ (docs/editor.md): the git host its hosted backend saves to. */
  CMS_BACKEND: oneOf(['gitlab', 'github']).default('gitlab'),
  /** The editor: the repository it saves to, "group/project" on GitLab or "owner/name" on GitHub. */
  CMS_REPO: z.string().regex(/^[\w.-]+(?:\/[\w.-]+)+$/, 'cần dạng "nhóm/dự-án" (expected "owner/name")').optional(),
  /** The editor: the branch the site is built from, where published entries land. */
  CMS_BRANCH: z.string().default('main'),
  /** The editor: the GitLab OAuth application id (PKCE, no server needed). */
  CMS_APP_ID: z.string().optional(),
  /** The editor: a self-hosted GitLab's address, or the OAuth proxy that signs GitHub users in. */
  CMS_BASE_URL: z.url('cần một địa chỉ đầy đủ như https://gitlab.example.vn (expected an absolute URL)').optional(),
  /** The editor, locally: the port of `decap-server`, the local backend that `npm run admin` starts. */
  CMS_PROXY_PORT: wholeNumber.default(8081),
  /**
   * The editor, locally: `1` runs `npm run admin` with the editorial workflow (as `npm run admin -- --workflow`):
   * decap-server in git mode on the checkout, each entry on a branch until it is published (docs/editor.md).
   */
  CMS_WORKFLOW: oneOf(['0', '1']).default('0'),
  /** Set by the content-check integration: the Astro command running, since drafts show in `astro dev` only. */
  BANG_VANG_COMMAND: z.string().optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingName = keyof Settings;

/** The variables a page's cache key must include: the same content built with other values is another page. */
export const pageShapingSettings: readonly SettingName[] = ['BUILD_PART', 'CHART_ROW_LIMIT', 'LIST_PAGE_SIZE', 'SITE', 'BASE'];

const declared = Object.keys(settingsSchema.shape) as SettingName[];

/**
 * Checked settings by the raw values they were read from. Pages ask for a setting thousands of times a build (every
 * cache key, every content path), and checking the schema each time took ≈ 0.7 s of a rebuild at 1,000 documents.
 */
const checked = new Map<string, Readonly<Settings>>();

/** Reads and checks every setting; throws one error naming every bad variable, its value and what is expected. */
export function settings(env: Env = process.env): Readonly<Settings> {
  const raw = Object.fromEntries(declared.filter((name) => env[name] !== undefined && env[name] !== '').map((name) => [name, env[name]]));
  const memoKey = JSON.stringify(raw);
  const known = checked.get(memoKey);
  if (known) return known;
  const result = settingsSchema.safeParse(raw);
  if (result.success) {
    const value = Object.freeze(result.data);
    checked.set(memoKey, value);
    return value;
  }
  // One line per variable: its first problem is the one to fix (a date of the wrong shape is no day either).
  const firstProblem = new Map<string, string>();
  for (const issue of result.error.issues) if (!firstProblem.has(String(issue.path[0]))) firstProblem.set(String(issue.path[0]), issue.message);
  const lines = [...firstProblem].map(([name, message]) => `  - ${name}="${raw[name]}": ${message}`);
  throw new Error(`Biến môi trường không hợp lệ (invalid environment variables):\n${lines.join('\n')}`);
}

/** The date the build treats as "today" (YYYY-MM-DD): BUILD_DATE, or the current UTC date. */
export function buildDate(env: Env = process.env): string {
  return settings(env).BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

/** Whether drafts are shown: only in `astro dev`, never in a build, whatever NODE_ENV says. */
export function showDrafts(env: Env = process.env): boolean {
  return settings(env).BANG_VANG_COMMAND === 'dev';
}

/** The folder the site is built from, absolute. */
export function contentDir(env: Env = process.env): string {
  return path.resolve(settings(env).CONTENT_DIR);
}

/** A path inside the content folder. */
export function contentPath(...parts: string[]): string {
  return path.join(contentDir(), ...parts);
}
