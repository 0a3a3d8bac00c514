/**
 * The editor at /admin/: loads Decap CMS, then gives it the project's Vietnamese strings, the site's styles for
 * previews, the read-only widget for official texts, the YAML formats (the indicator registry; data files written
 * without the editor's own keys) and the upload guard.
 * Its configuration (/admin/config.yml) is built from the content schemas: src/admin/config.ts.
 */
import siteCss from '../../styles/global.css?url';
import { loadDecap } from './decap.ts';
import { vietnamese } from './locale-vi.ts';
import { registerPreviews } from './previews.ts';
import { registerOfficialText } from './widgets.ts';
import { registerFormats } from './formats.ts';
import { guardUploads } from './upload-guard.ts';
import { checkBeforeSave } from './groups.ts';

/**
 * Under `astro dev` (npm run admin), Vite reloads every open page whenever a content file changes, and the editor's
 * own saves change content files: with the workflow, decap-server even checks an entry's branch out and back on
 * every read. A reload in the middle of a save brought the editor back to an empty “new entry” form. The editor
 * reads content through decap-server, never through Vite, so on this page those reloads are turned off: Vite's
 * client (8.x) reloads only when the payload's path names this page, and listeners see that payload first.
 * Editing this code under `astro dev` then needs a manual reload. Builds have no `import.meta.hot`.
 */
function ignoreDevReloads(): void {
  import.meta.hot?.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/admin/__khong-tai-lai__.html';
  });
}

async function start(): Promise<void> {
  const loading = document.getElementById('admin-loading');
  const bundle = loading?.dataset.decapBundle ?? '/admin/decap/decap-cms.js';
  try {
    const { CMS, h, createClass } = await loadDecap(bundle);
    CMS.registerLocale('vi', vietnamese(CMS.getLocale('vi')));
    CMS.registerPreviewStyle(siteCss);
    registerPreviews(CMS, h);
    registerOfficialText(CMS, h, createClass);
    registerFormats(CMS);
    guardUploads();
    const configUrl = document.querySelector<HTMLLinkElement>('link[rel="cms-config-url"]')?.href ?? 'config.yml';
    await checkBeforeSave(CMS, configUrl);
    loading?.remove();
    CMS.init();
  } catch (error) {
    const status = loading?.querySelector('[role="status"]');
    if (status) status.textContent = `Không mở được trình soạn thảo: ${error instanceof Error ? error.message : String(error)}. Hãy tải lại trang.`;
  }
}

ignoreDevReloads();
void start();
