import path from 'node:path';

/**
 * The folder the site is built from: `content/` by default, or `CONTENT_DIR`
 * so that a generated corpus or a shard builds with the same code.
 */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/** A path inside the content folder. */
export function contentPath(...parts: string[]): string {
  return path.join(contentDir(), ...parts);
}
