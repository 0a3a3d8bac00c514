import fs from 'node:fs/promises';
import type { APIContext } from 'astro';
import { getDocuments } from '../../../content-model/documents.ts';
import { sourceContentType, sourceFileExists, sourceFilePath } from '../../../content-model/source-files.ts';

/** Serves each public document's source file from <CONTENT_DIR>/sources/, so it can be downloaded. */
export async function getStaticPaths() {
  const { list } = await getDocuments();
  const files = new Set(list.map((d) => d.data.sourceFile).filter((f): f is string => !!f && sourceFileExists(f)));
  return [...files].map((file) => ({ params: { file }, props: { file } }));
}

export async function GET({ props }: APIContext) {
  const file = props.file as string;
  const body = await fs.readFile(sourceFilePath(file)!);
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': sourceContentType(file) } });
}
