/** The files a command line names: files as given, folders searched (with their subfolders) for documents. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatOf, type Outcome } from './outcome.ts';

/** The kinds of file a folder is searched for. */
export const DOCUMENT_EXTENSIONS = ['docx', 'doc', 'odt', 'pdf', 'txt', 'md', 'html', 'htm'];

/**
 * Word's lock files ("~$bao-cao.docx"), hidden files (the importer's own temporaries among them) and a folder's own
 * README are not documents; a README named on the command line still is.
 */
function isDocument(relative: string): boolean {
  const parts = relative.split(/[\\/]/u);
  if (parts.some((part) => part.startsWith('.'))) return false;
  const name = parts[parts.length - 1];
  if (/^readme\.(?:md|txt)$/iu.test(name)) return false;
  return !name.startsWith('~$') && DOCUMENT_EXTENSIONS.includes(path.extname(name).slice(1).toLowerCase());
}

/** Files named on the command line, folders expanded, each file once; what could not be found is an outcome already. */
export function expandInputs(inputs: string[]): { files: string[]; missing: Outcome[] } {
  const files: string[] = [];
  const missing: Outcome[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of inputs) {
    let isFolder: boolean;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      const message = `Lỗi: không tìm thấy tệp (file not found): ${input}`;
      missing.push({ input, format: formatOf(input), warnings: [], failure: { message, reason: 'không tìm thấy tệp (file not found)' } });
      continue;
    }
    if (!isFolder) {
      add(input);
      continue;
    }
    const found = readdirSync(input, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(input, path.join(entry.parentPath, entry.name)))
      .filter(isDocument)
      .sort();
    if (found.length === 0) {
      const message = `Lỗi: thư mục không có văn bản .docx .doc .odt .pdf .txt .md .html (no documents in folder): ${input}`;
      missing.push({ input, format: 'thư mục', warnings: [], failure: { message, reason: 'thư mục không có văn bản (no documents in folder)' } });
    }
    for (const file of found) add(path.join(input, file));
  }
  return { files, missing };
}
