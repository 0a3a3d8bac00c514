/** .docx → source lines, through mammoth (../docx.ts); a file mammoth cannot open is reported as damaged. */
import type { SourceLine } from '../types.ts';
import { refuse } from './messages.ts';

export async function readDocxFile(bytes: Uint8Array, name: string): Promise<{ lines: SourceLine[]; notes: SourceLine[]; warnings: string[] }> {
  try {
    // mammoth is loaded only when a .docx comes in: text imports start faster without it.
    const { readDocx } = await import('../docx.ts');
    const { lines, notes, messages } = await readDocx(bytes);
    return { lines, notes, warnings: messages.length ? [`mammoth: ${messages.slice(0, 3).join('; ')}`] : [] };
  } catch {
    throw refuse.corrupt('.docx', name);
  }
}
