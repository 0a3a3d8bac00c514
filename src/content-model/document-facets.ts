import { documentTypes } from '../schemas/document.ts';
import { slugify } from '../utils/vietnamese.ts';

/** Document types with their URL slug: "báo cáo" → "bao-cao". */
export const documentTypeSlugs = documentTypes.map((type) => ({ type, slug: slugify(type) }));

/** "báo cáo" → "Báo cáo". */
export function typeLabel(type: string): string {
  return type.charAt(0).toLocaleUpperCase('vi') + type.slice(1);
}
