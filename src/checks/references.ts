import type { Problem } from './problem.ts';

/** Collections that entries point at. */
export type Target = 'units' | 'documents' | 'exemplars' | 'movements' | 'stories' | 'indicators' | 'sources' | 'site';

/** A pointer from one entry to another, checked once every file has been read. */
export interface Reference {
  target: Target;
  id: string;
  file: string;
  /** Path of the field, for its line: found only for the few references that fail, so files are not kept parsed. */
  path: PropertyKey[];
  field: string;
  /** Whether the entry holding the reference is public (drafts may point at drafts). */
  fromPublic: boolean;
  /** A missing target is an error unless said otherwise (a missing source file only breaks a download link). */
  severity?: 'error' | 'warning';
}

interface Known {
  file: string;
  public: boolean;
}

const targetNames: Record<Target, { vi: string; folder: string; example: string }> = {
  units: { vi: 'đơn vị (unit)', folder: 'content/units/', example: 'quang-ngai/son-long-son-tay' },
  documents: { vi: 'văn bản (document)', folder: 'content/documents/', example: 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127' },
  exemplars: { vi: 'điển hình (exemplar)', folder: 'content/exemplars/', example: 'ho-tran-nhon-son-long-son-tay' },
  movements: { vi: 'phong trào (movement)', folder: 'content/movements/', example: 'dan-van-kheo' },
  stories: { vi: 'bài viết (story)', folder: 'content/stories/', example: 'gung-se-son-long' },
  indicators: { vi: 'chỉ số (indicator)', folder: 'content/indicators.yaml', example: 'online-files-rate' },
  sources: { vi: 'tệp gốc (source file)', folder: 'content/sources/', example: 'thai-nguyen/tan-hoa-phu-binh/001_918d6d172b288aa9.txt' },
  site: { vi: 'thông tin trang (site settings)', folder: 'content/site/', example: 'settings' },
};

/**
 * Every id seen in the content, and every reference to check against them. Memory grows with the number
 * of entries, not with their size; every lookup is a Map access, so the whole check stays linear.
 */
export class ContentIndex {
  private readonly known = new Map<Target, Map<string, Known>>();
  private readonly references: Reference[] = [];

  /** Records an entry; returns the file that already had this id, if any. */
  add(target: Target, id: string, file: string, isPublic = true): string | undefined {
    let ids = this.known.get(target);
    if (!ids) this.known.set(target, (ids = new Map()));
    const existing = ids.get(id);
    if (existing) return existing.file;
    ids.set(id, { file, public: isPublic });
    return undefined;
  }

  has(target: Target, id: string): boolean {
    return this.known.get(target)?.has(id) ?? false;
  }

  fileOf(target: Target, id: string): string | undefined {
    return this.known.get(target)?.get(id)?.file;
  }

  refer(reference: Reference): void {
    this.references.push(reference);
  }

  /**
   * Problems of references that point at nothing, or from a public entry at an unpublished one.
   * `lineOf` finds the line of a field of a file (re-reading it: only failing references need it).
   */
  *problems(lineOf: (file: string, path: PropertyKey[]) => number | undefined): Generator<Problem> {
    for (const ref of this.references) {
      const name = targetNames[ref.target];
      const known = this.known.get(ref.target)?.get(ref.id);
      if (!known) {
        const suggestion = this.closest(ref.target, ref.id);
        yield {
          severity: ref.severity ?? 'error',
          rule: `reference/${ref.target}`,
          file: ref.file,
          line: lineOf(ref.file, ref.path),
          field: ref.field,
          found: `"${ref.id}" — không có ${name.vi} này (no such ${name.vi.replace(/.*\((.*)\)/, '$1')})`,
          expected: `id của một mục trong ${name.folder}, ví dụ "${suggestion ?? name.example}" (the id of an entry in ${name.folder})`,
          fix: ref.target === 'sources'
            ? 'Đặt tệp gốc vào content/sources/<tỉnh>/<đơn-vị>/, hoặc sửa sourceFile cho đúng tên tệp; nếu không, liên kết tải về sẽ hỏng. (Put the original file under content/sources/ or fix sourceFile; otherwise the download link is broken.)'
            : suggestion
            ? `Có phải là "${suggestion}"? Sửa id cho đúng, hoặc tạo mục còn thiếu. (Did you mean "${suggestion}"? Fix the id or add the missing entry.)`
            : 'Sửa id cho đúng tên tệp (không có phần mở rộng), hoặc tạo mục còn thiếu. (Use the file’s path without extension, or add the missing entry.)',
        };
      } else if (ref.fromPublic && !known.public) {
        yield {
          severity: 'warning',
          rule: 'reference/unpublished',
          file: ref.file,
          line: lineOf(ref.file, ref.path),
          field: ref.field,
          found: `"${ref.id}" là bản nháp hoặc chưa đến ngày công bố (is a draft or embargoed)`,
          expected: 'mục công khai chỉ dẫn tới mục công khai (public entries point at public entries)',
          fix: 'Đặt mục này là bản nháp (draft: true) cho đến khi mục kia được công bố, vì trích dẫn có thể làm lộ nội dung chưa công bố. (Hold this entry back too: its quote could reveal unpublished text.)',
        };
      }
    }
  }

  /** The known id nearest to a wrong one, when one is close enough to be a typo. Bounded work per lookup. */
  private closest(target: Target, wrong: string): string | undefined {
    const ids = this.known.get(target);
    if (!ids) return undefined;
    const prefix = wrong.includes('/') ? wrong.slice(0, wrong.indexOf('/') + 1) : '';
    let best: string | undefined;
    let bestDistance = Math.min(4, Math.floor(wrong.length / 5)) + 1;
    let looked = 0;
    for (const id of ids.keys()) {
      if (prefix && !id.startsWith(prefix)) continue;
      if (++looked > 5000) break;
      // A prefix is the usual mistake: the district part of a unit slug, or the unit part of an exemplar's name,
      // left out (or a word too many at the end).
      const isPrefix = id.startsWith(wrong) || wrong.startsWith(id);
      if (!isPrefix && Math.abs(id.length - wrong.length) >= bestDistance) continue;
      const distance = isPrefix ? 1 : levenshtein(id, wrong, bestDistance);
      if (distance < bestDistance) {
        best = id;
        bestDistance = distance;
      }
    }
    return best;
  }
}

/** Edit distance, giving up above `limit`. */
function levenshtein(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
