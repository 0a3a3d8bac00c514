import { imageProblem, maxImageBytes } from '../../admin/limits.ts';

/**
 * Refuses a file that is not an image, or too large, as soon as it is chosen, before Decap uploads it: the
 * listener runs in the capture phase on window, ahead of React's listeners, and says why in Vietnamese.
 * (Decap's own size limit, media_library.config.max_file_size, stays as a second check.)
 */
export function guardUploads(maxBytes = maxImageBytes): void {
  window.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
      const problem = [...input.files].map((file) => imageProblem(file, maxBytes)).find(Boolean);
      if (!problem) return;
      event.stopImmediatePropagation();
      input.value = '';
      window.alert(problem);
    },
    true,
  );
}
