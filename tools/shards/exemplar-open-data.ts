/**
 * The open data of exemplars written again without a build, when exemplars' descriptions alone changed in the shared
 * part (entry-pages.ts). A description is printed there as the exemplar's file gives it
 * (src/datasets/exemplar-records.ts) and no other field depends on it, and the kept JSON file of the dataset holds
 * every record as the last build printed it: its records with the new descriptions are written again in each format
 * by the site's own writers. The Astro build it replaces spent nationally 77–108 s on three files: Astro syncs the
 * shared part's 138,289 content files and writes its whole data store again before a route renders.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { datasets, recordsCsv, recordsJson } from '../../src/datasets/open-data.ts';
import { recordsXlsx } from '../../src/datasets/xlsx.ts';

/** The folder of the open-data files, as their routes write them (src/pages/du-lieu/[dataset].<format>.ts). */
const dataFolder = 'du-lieu';

/**
 * Writes into `out` the files of every dataset that prints exemplars' descriptions, from the part's kept output
 * (`dist`) and the changed exemplars' files (by id). Returns the files written, relative to `out`; or undefined,
 * writing nothing, when they cannot be made so (no kept JSON file, a description that is not text): the part is then
 * built by Astro as before.
 */
export async function writeExemplarOpenData(dist: string, out: string, changed: Map<string, string>): Promise<string[] | undefined> {
  const descriptions = new Map<string, string | null>();
  for (const [id, file] of changed) {
    let data: unknown;
    try {
      data = yaml.load(fs.readFileSync(file, 'utf8'));
    } catch {
      return undefined;
    }
    const description = data && typeof data === 'object' ? (data as Record<string, unknown>).description : undefined;
    if (description !== undefined && typeof description !== 'string') return undefined;
    descriptions.set(id, description ?? null);
  }
  const written: Array<{ file: string; bytes: string | Buffer }> = [];
  for (const d of datasets.filter((set) => set.exemplarDescriptions)) {
    const kept = path.join(dist, dataFolder, `${d.slug}.json`);
    if (!d.formats.includes('json') || !fs.existsSync(kept)) return undefined;
    const records = JSON.parse(fs.readFileSync(kept, 'utf8')) as Array<Record<string, unknown>>;
    // An exemplar not in the records is not published (a draft, a pending proposal, an embargo): nothing prints it.
    for (const record of records) {
      const id = String(record.id);
      if (descriptions.has(id)) record.description = descriptions.get(id)!;
    }
    const bytes = { csv: () => recordsCsv(d.slug, records), json: () => recordsJson(records), xlsx: async () => Buffer.from(await recordsXlsx(d.slug, records)) };
    for (const format of d.formats) written.push({ file: path.join(dataFolder, `${d.slug}.${format}`), bytes: await bytes[format]() });
  }
  for (const { file, bytes } of written) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.writeFileSync(path.join(out, file), bytes);
  }
  return written.map(({ file }) => file);
}
