/** Reads the site's units (content/units/<province>/<unit>.yaml) for the unit matcher. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { UnitRef } from './units.ts';

/** Every unit under `unitsDir`, with its id ("<province>/<unit>"). A missing folder gives no units. */
export function loadUnits(unitsDir: string): UnitRef[] {
  let files: string[];
  try {
    files = readdirSync(unitsDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/u.test(f));
  } catch {
    return [];
  }
  const units: UnitRef[] = [];
  for (const file of files.sort()) {
    try {
      const data = parse(readFileSync(path.join(unitsDir, file), 'utf8')) as Omit<UnitRef, 'id'> | null;
      if (!data || typeof data.name !== 'string') continue;
      // A malformed field is the build's to report; the matcher must not trip over it on every document.
      const formerNames = Array.isArray(data.formerNames) ? data.formerNames.filter((n) => typeof n?.name === 'string') : [];
      const district = typeof data.district?.name === 'string' ? data.district : undefined;
      units.push({ ...data, formerNames, district, id: file.split(path.sep).join('/').replace(/\.ya?ml$/u, '') });
    } catch {
      // A unit file that does not parse is the build's business to report; the importer skips it.
    }
  }
  return units;
}
