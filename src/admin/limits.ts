/** Limits of the editor's uploads, shared by its configuration and its browser code (src/client/admin/). */

/** Largest image the editor accepts, in bytes. */
export const maxImageBytes = 2 * 1024 * 1024;

/** File types an image may be: those Astro's image pipeline reads. */
export const imageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif'];

/** Why a file cannot be a story's image, in Vietnamese; undefined when it can. */
export function imageProblem(file: { name: string; type: string; size: number }, maxBytes = maxImageBytes): string | undefined {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!file.type.startsWith('image/') || !imageExtensions.includes(extension)) {
    return `“${file.name}” không phải là ảnh. Chỉ nhận ảnh ${imageExtensions.map((e) => e.toUpperCase()).join(', ')}.`;
  }
  if (file.size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    return `Ảnh “${file.name}” nặng ${mb(file.size)} MB, quá giới hạn ${mb(maxBytes)} MB. Hãy thu nhỏ ảnh rồi tải lên lại.`;
  }
  return undefined;
}
