import path from 'node:path';
import { contentDir, settings, showDrafts, type Settings } from '../settings.ts';
import { collectionFields, type CollectionName } from './collections.ts';
import type { CmsField } from './fields.ts';
import { pathTemplates } from './paths.ts';

/**
 * The configuration of Decap CMS at /admin/ (served as /admin/config.yml by src/pages/admin/config.yml.ts).
 * Every collection's fields are built from its zod schema (src/admin/collections.ts), so the editor asks for what
 * the build requires; the content check and the build still check every file it saves.
 */
export interface CmsConfig {
  backend: Record<string, string>;
  publish_mode: 'editorial_workflow' | 'simple';
  local_backend?: { url: string };
  locale: 'vi';
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
}

export interface CmsCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  description?: string;
  folder?: string;
  files?: Array<{ name: string; label: string; file: string; fields: CmsField[] }>;
  path?: string;
  extension?: string;
  format: string;
  create?: boolean;
  delete?: boolean;
  identifier_field?: string;
  summary?: string;
  fields?: CmsField[];
  [option: string]: unknown;
}

/** The hosted backend chosen by the settings: GitLab with PKCE (no server), or GitHub through an OAuth proxy. */
export function backendOf(s: Pick<Settings, 'CMS_BACKEND' | 'CMS_REPO' | 'CMS_BRANCH' | 'CMS_APP_ID' | 'CMS_BASE_URL'>): Record<string, string> {
  const backend: Record<string, string> = { name: s.CMS_BACKEND, repo: s.CMS_REPO ?? 'chua-dat/CMS_REPO', branch: s.CMS_BRANCH };
  if (s.CMS_BACKEND === 'gitlab') {
    backend.auth_type = 'pkce';
    if (s.CMS_APP_ID) backend.app_id = s.CMS_APP_ID;
    if (s.CMS_BASE_URL) {
      backend.base_url = s.CMS_BASE_URL;
      backend.api_root = new URL('api/v4', s.CMS_BASE_URL.replace(/\/?$/, '/')).href;
    }
  } else if (s.CMS_BASE_URL) {
    backend.base_url = s.CMS_BASE_URL;
  }
  return backend;
}

/** The content folder as the git backends see it: its path in the repository (decap-server's folder is its parent). */
export function contentFolderInRepo(dir = contentDir(), cwd = process.cwd()): string {
  const relative = path.relative(cwd, dir).split(path.sep).join('/');
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.basename(dir);
}

/** Data files in per-province folders: created here at the path the importer would give them (src/admin/paths.ts). */
const dataFile = { format: 'yaml-data', extension: 'yaml', create: true } as const;

/** The collections: where each lives, how it is listed, and its fields. */
export function collections(root: string): CmsCollection[] {
  return [
    {
      name: 'stories', label: 'Bài viết', label_singular: 'bài viết', folder: `${root}/stories`, extension: 'mdx', format: 'frontmatter',
      create: true, identifier_field: 'title', summary: '{{title}} — {{publishedOn}}', sortable_fields: ['publishedOn', 'title'],
      fields: [...collectionFields('stories'), { name: 'body', label: 'Nội dung', widget: 'markdown', required: true, modes: ['rich_text', 'raw'] }],
    },
    {
      name: 'exemplars', label: 'Điển hình tiên tiến', label_singular: 'điển hình', folder: `${root}/exemplars`, path: pathTemplates.exemplars, ...dataFile,
      identifier_field: 'name', summary: '{{name}} ({{unit}})', fields: collectionFields('exemplars'),
      description: 'Điển hình mới được lưu vào thư mục của tỉnh, tên tệp theo tên điển hình và đơn vị. Điển hình do công cụ nhập văn bản đề xuất mang dấu chờ duyệt.',
    },
    {
      name: 'movements', label: 'Phong trào thi đua', label_singular: 'phong trào', folder: `${root}/movements`, ...dataFile,
      create: true, identifier_field: 'name', summary: '{{name}}', fields: collectionFields('movements'),
    },
    {
      name: 'units', label: 'Đơn vị hành chính', label_singular: 'đơn vị', folder: `${root}/units`, path: pathTemplates.units, ...dataFile,
      identifier_field: 'name', summary: '{{kind}} {{name}}, {{province}}', fields: collectionFields('units'),
    },
    {
      name: 'awards', label: 'Số liệu khen thưởng', label_singular: 'số liệu khen thưởng', folder: `${root}/awards`, path: pathTemplates.awards, ...dataFile,
      identifier_field: 'document', summary: '{{unit}} — {{fields.year}}', fields: collectionFields('awards'),
    },
    {
      name: 'indicatorValues', label: 'Giá trị chỉ số', label_singular: 'giá trị chỉ số', folder: `${root}/indicator-values`, path: pathTemplates.indicatorValues, ...dataFile,
      identifier_field: 'document', summary: '{{unit}} — {{fields.year}}', fields: collectionFields('indicatorValues'),
    },
    {
      // A hundred indicators: no preview pane (it would render every one of them again beside the form).
      name: 'indicators', label: 'Danh mục chỉ số', label_singular: 'danh mục chỉ số', format: 'yaml-list', delete: false, editor: { preview: false },
      files: [{ name: 'registry', label: 'Danh mục chỉ số', file: `${root}/indicators.yaml`, fields: collectionFields('indicators') }],
    },
    {
      name: 'documents', label: 'Văn bản (thông tin)', label_singular: 'văn bản', folder: `${root}/documents`, path: '{{province}}/{{unit}}/{{slug}}',
      extension: 'md', format: 'frontmatter', create: false, delete: false, identifier_field: 'title', summary: '{{issuedOn}} — {{title}}',
      description: 'Sửa thông tin của văn bản. Nguyên văn là văn bản chính thức: chỉ xem, không sửa ở đây.',
      fields: [...collectionFields('documents'), { name: 'body', label: 'Nguyên văn (chỉ xem)', widget: 'official-text', required: false }],
    },
  ];
}

/** The whole configuration from the settings. In `astro dev`, the local backend (decap-server) is used on localhost. */
export function cmsConfig(s: Settings = settings(), root = contentFolderInRepo()): CmsConfig {
  const site = new URL(s.BASE, s.SITE).href;
  return {
    backend: backendOf(s),
    publish_mode: 'editorial_workflow',
    ...(showDrafts() ? { local_backend: { url: `http://localhost:${s.CMS_PROXY_PORT}/api/v1` } } : {}),
    locale: 'vi',
    site_url: site,
    display_url: site,
    // Required by Decap; the only images are story covers, which their field keeps beside the story.
    media_folder: `${root}/stories/images`,
    public_folder: './images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collections(root),
  };
}
