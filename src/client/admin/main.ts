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

void start();
