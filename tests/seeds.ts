/**
 * The five seed documents, read from the copies the site keeps in content/sources/ (where the importer put
 * them): tests read nothing outside the repository.
 */
import fs from 'node:fs';
import path from 'node:path';

const sources = path.resolve(import.meta.dirname, '..', 'content', 'sources');

/** The seed files by name ("001_918d6d172b288aa9.txt" → its path under content/sources/). */
export const seedFiles: ReadonlyMap<string, string> = new Map(
  fs
    .readdirSync(sources, { recursive: true, encoding: 'utf8' })
    .filter((file) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(path.basename(file)))
    .map((file) => [path.basename(file), path.join(sources, file)]),
);

/** The path of one seed; fails loudly when it is missing, so a test can never pass by reading nothing. */
export function seedPath(name: string): string {
  const file = seedFiles.get(name);
  if (!file) throw new Error(`Thiếu văn bản mẫu ${name} trong content/sources/ (seed document missing)`);
  return file;
}
