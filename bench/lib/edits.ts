import fs from 'node:fs';
import path from 'node:path';

/**
 * The edits a rebuild is measured after, as a press officer makes them: a paragraph added to the body of a document,
 * a paragraph added to the body of a story, and a sentence added to an exemplar's description (a field shown on its
 * page, its unit's page and the lists it is in). Each edits the file in the middle of its sorted folder, and is undone
 * once every rebuild is measured.
 */
export type EditKind = 'document' | 'story' | 'exemplar';

export interface Edit {
  kind: EditKind;
  /** The edited file, relative to the content folder. */
  file: string;
  /** The text the edit adds, to look for in the built pages. */
  added: string;
  edit: (text: string) => string;
}

export const editKinds: EditKind[] = ['document', 'story', 'exemplar'];

function middleFile(content: string, folder: string, pattern: RegExp): string {
  const files = (fs.readdirSync(path.join(content, folder), { recursive: true }) as string[]).filter((f) => pattern.test(f)).sort();
  if (!files.length) throw new Error(`no ${pattern} in ${folder}/`);
  return path.join(folder, files[Math.floor(files.length / 2)]);
}

/** The edit of one kind in a content folder. */
export function editOf(content: string, kind: EditKind): Edit {
  if (kind === 'exemplar') {
    const added = 'Thành tích được ghi nhận thêm sau khi đo thời gian dựng lại.';
    return {
      kind, added, file: middleFile(content, 'exemplars', /\.ya?ml$/),
      edit: (text) => {
        if (!/^description: .+$/m.test(text)) throw new Error('the exemplar has no one-line description');
        return text.replace(/^description: (.+)$/m, (_, d: string) => `description: ${JSON.stringify(`${d.replace(/^"|"$/g, '')} ${added}`)}`);
      },
    };
  }
  const added = kind === 'story' ? 'Đoạn văn được thêm để đo thời gian dựng lại sau khi sửa một bài viết.' : 'Đoạn văn được thêm để đo thời gian dựng lại sau khi sửa một văn bản.';
  const folder = kind === 'story' ? 'stories' : 'documents';
  return { kind, added, file: middleFile(content, folder, /\.mdx?$/), edit: (text) => `${text}\n${added}\n` };
}

/**
 * Applies the edits one after the other, each followed by `measure`, and then undoes them all: each measurement sees
 * one more edit than the one before, so it measures the rebuild after that one edit alone.
 */
export async function afterEachEdit<T>(content: string, edits: Edit[], measure: (edit: Edit) => Promise<T>): Promise<Array<{ edit: Edit; result: T }>> {
  const originals: Array<[string, string]> = [];
  const results: Array<{ edit: Edit; result: T }> = [];
  try {
    for (const edit of edits) {
      const file = path.join(content, edit.file);
      const original = fs.readFileSync(file, 'utf8');
      originals.push([file, original]);
      fs.writeFileSync(file, edit.edit(original));
      results.push({ edit, result: await measure(edit) });
    }
  } finally {
    for (const [file, original] of originals.reverse()) fs.writeFileSync(file, original);
  }
  return results;
}
