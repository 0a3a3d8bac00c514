import { stringify } from 'yaml';
import { cmsConfig } from '../../admin/config.ts';

/** The editor's configuration, built from the content schemas and the settings (src/admin/config.ts). */
export function GET() {
  const yaml = `# Tạo tự động từ src/admin/config.ts — đừng sửa tệp này (generated from src/admin/config.ts).\n${stringify(cmsConfig(), { aliasDuplicateObjects: false, lineWidth: 0 })}`;
  return new Response(yaml, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
}
