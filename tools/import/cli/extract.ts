/** `--extract`: the fact proposals of every document just imported, written beside it for review (tools/extract/). */
import path from 'node:path';
import { readDocument } from '../../extract/document.ts';
import { propose, readKnowledge } from '../../extract/propose.ts';
import { writeProposals } from '../../extract/write.ts';
import type { Outcome } from './outcome.ts';

/**
 * Proposes exemplars, award tallies and indicator values from each imported document and writes them as files
 * awaiting review under `root` (the content folder, or --out). The indicator registry and the movements come from
 * the site's content folder. Returns how many proposal files were written or kept.
 */
export function extractImported(outcomes: Outcome[], root: string, siteContent: string, log: (line: string) => void): number {
  const knowledge = readKnowledge(siteContent);
  let files = 0;
  for (const outcome of outcomes) {
    if (outcome.failure || !outcome.output) continue;
    const id = path.relative(path.join(root, 'documents'), outcome.output).replace(/\.mdx?$/u, '').split(path.sep).join('/');
    const { files: proposed, problems } = propose(readDocument(outcome.output, id), knowledge);
    const written = writeProposals(root, id, proposed);
    files += written.filter((w) => w.outcome !== 'removed').length;
    log(`đề xuất (proposals) ${id}: ${proposed.length} tệp chờ duyệt (files awaiting review)${problems.length ? `, ${problems.length} không hợp lệ bị bỏ (invalid, left out)` : ''}`);
  }
  return files;
}
