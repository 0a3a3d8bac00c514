/**
 * Writing proposals into the content folder. A file a person has reviewed (one without `review: pending`) is
 * never overwritten; a pending file from an earlier run is replaced; the same document gives the same bytes.
 * Award and indicator files are one per unit, year and document (the content check's rule): when a reviewed
 * file of another document holds the path, the proposal takes the path with the document's name as a suffix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { writeFileAtomic } from '../import/write-atomic.ts';
import type { ProposedFile } from './propose.ts';
import { looseName } from './text.ts';

export type Outcome = 'written' | 'unchanged' | 'kept-reviewed' | 'already-reviewed' | 'suffixed' | 'removed';

export interface WriteResult {
  path: string;
  outcome: Outcome;
  /** For "suffixed": the path a reviewed file holds. */
  instead?: string;
}

const header =
  '# Đề xuất của công cụ trích xuất (npm run extract), chờ duyệt: so từng mục với câu trích (quote) trong văn bản,\n' +
  '# sửa nếu cần, rồi xóa dòng "review: pending" để công bố. (Proposed by the extractor, awaiting review.)\n';

/** The bytes of a proposal file: a header saying what it is, then the YAML. */
export function serialize(file: ProposedFile): string {
  return header + stringify(file.data, { lineWidth: 0 });
}

export const isPending = (text: string): boolean => /^review:\s*["']?pending["']?\s*$/m.test(text);

function readYaml(file: string): Record<string, unknown> | undefined {
  try {
    return parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function* yamlFiles(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && /\.ya?ml$/.test(e.name)) yield path.join(e.parentPath, e.name);
}

/** Whether a reviewed file already covers the proposal: the same unit, year and document, or the same exemplar. */
function reviewedTwin(contentDir: string, file: ProposedFile): string | undefined {
  const { data } = file;
  const folder = file.collection === 'exemplars' ? path.join(contentDir, 'exemplars') : path.join(contentDir, path.dirname(file.path));
  for (const f of yamlFiles(folder)) {
    const text = fs.readFileSync(f, 'utf8');
    if (isPending(text)) continue;
    const other = readYaml(f);
    if (!other) continue;
    const same =
      file.collection === 'exemplars'
        ? other.unit === data.unit && looseName(String(other.name ?? '')) === looseName(String(data.name))
        : other.year === data.year && other.document === data.document;
    if (same) return path.relative(contentDir, f).split(path.sep).join('/');
  }
  return undefined;
}

/** Whether the path holds a reviewed file, or another document's proposal: neither may be replaced. */
function heldByOther(contentDir: string, target: string, file: ProposedFile): boolean {
  const full = path.join(contentDir, target);
  if (!fs.existsSync(full)) return false;
  if (!isPending(fs.readFileSync(full, 'utf8'))) return true;
  const other = readYaml(full);
  const source = (other?.source as { document?: string } | undefined)?.document ?? other?.document;
  const mine = (file.data.source as { document?: string } | undefined)?.document ?? file.data.document;
  return source !== mine;
}

/** Writes one proposal, unless a person has reviewed what it would replace. */
function writeOne(contentDir: string, file: ProposedFile, documentSlug: string): WriteResult {
  const twin = reviewedTwin(contentDir, file);
  if (twin) return { path: twin, outcome: 'already-reviewed' };
  let target = file.path;
  let outcome: Outcome = 'written';
  let instead: string | undefined;
  if (heldByOther(contentDir, target, file)) {
    if (file.collection === 'exemplars') return { path: target, outcome: 'kept-reviewed' };
    instead = target;
    target = target.replace(/\.ya?ml$/, `-${documentSlug}.yaml`);
    outcome = 'suffixed';
    if (heldByOther(contentDir, target, file)) return { path: target, outcome: 'kept-reviewed' };
  }
  const bytes = serialize(file);
  const full = path.join(contentDir, target);
  if (fs.existsSync(full) && fs.readFileSync(full, 'utf8') === bytes) return { path: target, outcome: outcome === 'suffixed' ? 'suffixed' : 'unchanged', instead };
  writeFileAtomic(full, bytes);
  return { path: target, outcome, instead };
}

/** Pending files of this document that this run no longer proposes: an earlier run's, now stale. */
function stalePending(contentDir: string, documentId: string, keep: Set<string>): string[] {
  const stale: string[] = [];
  for (const folder of ['exemplars', 'awards', 'indicator-values']) {
    for (const f of yamlFiles(path.join(contentDir, folder))) {
      const rel = path.relative(contentDir, f).split(path.sep).join('/');
      const text = fs.readFileSync(f, 'utf8');
      if (keep.has(rel) || !isPending(text)) continue;
      const data = readYaml(f);
      const source = (data?.source as { document?: string } | undefined)?.document ?? data?.document;
      if (source === documentId) stale.push(rel);
    }
  }
  return stale;
}

/** Writes a document's proposals and removes its stale pending files. */
export function writeProposals(contentDir: string, documentId: string, files: ProposedFile[]): WriteResult[] {
  const slug = documentId.split('/').at(-1) ?? 'van-ban';
  const results = files.map((f) => writeOne(contentDir, f, slug));
  const keep = new Set(results.map((r) => r.path));
  for (const rel of stalePending(contentDir, documentId, keep)) {
    fs.rmSync(path.join(contentDir, rel));
    results.push({ path: rel, outcome: 'removed' });
  }
  return results;
}
