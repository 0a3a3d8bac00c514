import path from 'node:path';
import { contentDir, settings, showDrafts, type Settings } from '../settings.ts';
import { collectionFields, type CollectionName } from './collections.ts';
import type { CmsField } from './fields.ts';

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

const dataFile = { format: 'yaml', extension: 'yaml' } as const;
const nested = (depth: 2 | 3) => (depth === 2 ? '{{province}}/{{slug}}' : '{{province}}/{{unit}}/{{slug}}');

/** The collections: where each lives, how it is listed, and its fields. */
export function collections(root: string): CmsCollection[] {
  return [
    {
      name: 'stories', label: 'Bài viết', label_singular: 'bài viết', folder: `${root}/stories`, extension: 'mdx', format: 'frontmatter',
      create: true, identifier_field: 'title', summary: '{{title}} — {{publishedOn}}', sortable_fields: ['publishedOn', 'title'],
      fields: [...collectionFields('stories'), { name: 'body', label: 'Nội dung', widget: 'markdown', required: true, modes: ['rich_text', 'raw'] }],
    },
    {
      name: 'exemplars', label: 'Điển hình tiên tiến', label_singular: 'điển hình', folder: `${root}/exemplars`, path: nested(2), ...dataFile,
      create: false, identifier_field: 'name', summary: '{{name}} ({{unit}})', fields: collectionFields('exemplars'),
      description: 'Sửa điển hình đã có. Điển hình mới đến từ công cụ nhập văn bản, kèm dấu chờ duyệt.',
    },
    {
      name: 'movements', label: 'Phong trào thi đua', label_singular: 'phong trào', folder: `${root}/movements`, ...dataFile,
      create: true, identifier_field: 'name', summary: '{{name}}', fields: collectionFields('movements'),
    },
    {
      name: 'units', label: 'Đơn vị hành chính', label_singular: 'đơn vị', folder: `${root}/units`, path: nested(2), ...dataFile,
      create: false, identifier_field: 'name', summary: '{{kind}} {{name}}, {{province}}', fields: collectionFields('units'),
    },
    {
      name: 'awards', label: 'Số liệu khen thưởng', label_singular: 'số liệu khen thưởng', folder: `${root}/awards`, path: nested(3), ...dataFile,
      create: false, identifier_field: 'document', summary: '{{unit}} — {{year}}', fields: collectionFields('awards'),
    },
    {
      name: 'indicatorValues', label: 'Giá trị chỉ số', label_singular: 'giá trị chỉ số', folder: `${root}/indicator-values`, path: nested(3), ...dataFile,
      create: false, identifier_field: 'document', summary: '{{unit}} — {{year}}', fields: collectionFields('indicatorValues'),
    },
    {
      name: 'indicators', label: 'Danh mục chỉ số', label_singular: 'danh mục chỉ số', format: 'yaml-list', delete: false,
      files: [{ name: 'registry', label: 'Danh mục chỉ số', file: `${root}/indicators.yaml`, fields: collectionFields('indicators') }],
    },
    {
      name: 'documents', label: 'Văn bản (thông tin)', label_singular: 'văn bản', folder: `${root}/documents`, path: nested(3),
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
