/**
 * The importer on the real public documents of tests/fixtures/real and real2, as `npm run bench:import` measures
 * it: the share imported with every word in order and exact metadata must not fall. A rule written for one shape
 * of document that breaks another shows up here, not only when someone runs the benchmark.
 */
import { describe, expect, it } from 'vitest';
import { measureAccuracy } from '../../../bench/lib/import-accuracy.ts';

const corpora = [
  // Known misses in real: the scanned PDF (needs OCR) and a PDF whose title is drawn around a float.
  { folder: 'tests/fixtures/real', files: 76, inOrder: 74, metadata: 75 },
  { folder: 'tests/fixtures/real2', files: 36, inOrder: 36, metadata: 36 },
];

describe('the importer on real documents', () => {
  for (const { folder, files, inOrder, metadata } of corpora) {
    it(`${folder}: at least ${inOrder} of ${files} files with every word in order, ${metadata} with exact metadata`, { timeout: 180_000 }, async () => {
      const result = await measureAccuracy(folder);
      expect(result).toBeDefined();
      const all = result!.files;
      expect(all).toHaveLength(files);
      const misses = all.filter((f) => !f.wordsInOrder || !f.exactMetadata).map((f) => `${f.file}: ${f.mismatches.join(' · ')}`);
      expect(all.filter((f) => f.wordsInOrder).length, misses.join('\n')).toBeGreaterThanOrEqual(inOrder);
      expect(all.filter((f) => f.exactMetadata).length, misses.join('\n')).toBeGreaterThanOrEqual(metadata);
    });
  }
});
