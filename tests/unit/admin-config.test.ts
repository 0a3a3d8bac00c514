import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { backendOf, cmsConfig, contentFolderInRepo } from '../../src/admin/config.ts';
import { collectionFields, collectionSchemas, type CollectionName } from '../../src/admin/collections.ts';
import { unwrap, type CmsField } from '../../src/admin/fields.ts';
import { adminCsp, adminHeadersRule } from '../../src/admin/csp.ts';
import { imageProblem } from '../../src/admin/limits.ts';
import { emptyPaths, groupProblem } from '../../src/client/admin/groups.ts';
import { settings } from '../../src/settings.ts';
import { GET as configYml } from '../../src/pages/admin/config.yml.ts';

type Schema = z.core.$ZodType;
const def = (s: Schema) => s._zod.def as unknown as { type: string; shape?: Record<string, Schema>; element?: Schema; entries?: Record<string, string>; values?: unknown[] };

/** Walks a schema and the CMS fields built from it together, calling `visit` on every pair. */
function walk(schema: Schema, fields: CmsField[], visit: (path: string, schema: Schema, field: CmsField, parent?: CmsField) => void, prefix = '', parent?: CmsField): void {
  const shape = def(unwrap(schema).inner).shape ?? {};
  for (const [key, value] of Object.entries(shape)) {
    const field = fields.find((f) => f.name === key);
    const path = prefix ? `${prefix}.${key}` : key;
    if (!field) throw new Error(`${path}: no CMS field`);
    visit(path, value, field, parent);
    const inner = unwrap(value).inner;
    const element = def(inner).type === 'array' ? unwrap(def(inner).element as Schema).inner : inner;
    if (def(element).type === 'object' && field.fields) walk(element, field.fields, visit, path, field);
  }
}

const names = Object.keys(collectionSchemas) as CollectionName[];

describe('the editor’s configuration is built from the content schemas', () => {
  for (const name of names) {
    it(`${name}: every field the schema requires is required in the editor (or by its group)`, () => {
      const missing: string[] = [];
      walk(collectionSchemas[name], collectionFields(name), (path, schema, field, parent) => {
        if (!unwrap(schema).required) return;
        const byGroup = parent?.required_if_any?.includes(field.name);
        if (field.required !== true && !byGroup) missing.push(path);
      });
      expect(missing).toEqual([]);
    });

    it(`${name}: every list of allowed values is the schema’s`, () => {
      const wrong: string[] = [];
      walk(collectionSchemas[name], collectionFields(name), (path, schema, field) => {
        const inner = unwrap(schema).inner;
        const d = def(inner);
        const allowed = d.type === 'enum' ? Object.values(d.entries ?? {}) : d.type === 'literal' ? (d.values ?? []).map(String) : undefined;
        if (!allowed) return;
        const options = (field.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
        if (field.widget !== 'select' || JSON.stringify(options) !== JSON.stringify(allowed)) wrong.push(`${path}: ${options.join('|')} ≠ ${allowed.join('|')}`);
      });
      expect(wrong).toEqual([]);
    });

    it(`${name}: every field has a Vietnamese label`, () => {
      const unlabelled: string[] = [];
      walk(collectionSchemas[name], collectionFields(name), (path, _schema, field) => {
        if (field.label === field.name) unlabelled.push(path);
      });
      expect(unlabelled).toEqual([]);
    });
  }

  it('gives patterns and ranges with Vietnamese messages', () => {
    const story = collectionFields('stories');
    expect(story.find((f) => f.name === 'publishedOn')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'phải có dạng YYYY-MM-DD'] });
    const exemplar = collectionFields('exemplars');
    expect(exemplar.find((f) => f.name === 'years')).toMatchObject({ widget: 'list', min: 1, field: { widget: 'number', value_type: 'int', min: 1945, max: 2100 } });
    expect(exemplar.find((f) => f.name === 'unit')).toMatchObject({ widget: 'relation', collection: 'units', value_field: '{{slug}}', required: true });
    expect(collectionFields('documents').find((f) => f.name === 'number')?.pattern).toEqual(['^\\d+[a-zA-Z]?$', 'phải là số, ví dụ "127"']);
  });

  it('links a story to exemplars by file name and keeps its cover beside it, as an image of at most 2 MB', () => {
    const story = collectionFields('stories');
    expect(story.find((f) => f.name === 'exemplars')).toMatchObject({ widget: 'relation', collection: 'exemplars', value_field: '{{filename}}', multiple: true });
    const cover = story.find((f) => f.name === 'cover');
    expect(cover).toMatchObject({ widget: 'object', required: false, required_if_any: ['src', 'alt'] });
    expect(cover?.fields?.find((f) => f.name === 'src')).toMatchObject({ widget: 'image', media_folder: 'images', media_library: { config: { max_file_size: 2 * 1024 * 1024 } } });
  });

  it('uses the editorial workflow, in Vietnamese, with no local backend in a build', () => {
    const config = cmsConfig(settings({}), 'content');
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', locale: 'vi', backend: { name: 'gitlab', auth_type: 'pkce' } });
    expect(config.local_backend).toBeUndefined();
    expect(config.collections.map((c) => c.name)).toEqual(names);
  });

  it('chooses the hosted backend from the settings', () => {
    const s = settings({ CMS_REPO: 'ubnd/bang-vang', CMS_APP_ID: 'abc', CMS_BASE_URL: 'https://gitlab.tinh.gov.vn' });
    expect(backendOf(s)).toEqual({ name: 'gitlab', repo: 'ubnd/bang-vang', branch: 'main', auth_type: 'pkce', app_id: 'abc', base_url: 'https://gitlab.tinh.gov.vn', api_root: 'https://gitlab.tinh.gov.vn/api/v4' });
    const gh = settings({ CMS_BACKEND: 'github', CMS_REPO: 'ubnd/bang-vang', CMS_BASE_URL: 'https://auth.example.vn' });
    expect(backendOf(gh)).toEqual({ name: 'github', repo: 'ubnd/bang-vang', branch: 'main', base_url: 'https://auth.example.vn' });
    expect(() => settings({ CMS_BACKEND: 'bitbucket' })).toThrow(/CMS_BACKEND/);
  });

  afterEach(() => vi.unstubAllEnvs());
  const backends = {
    gitlab: { env: { CMS_BACKEND: 'gitlab', CMS_REPO: 'ubnd/bang-vang', CMS_APP_ID: 'abc' }, backend: { name: 'gitlab', repo: 'ubnd/bang-vang', branch: 'main', auth_type: 'pkce', app_id: 'abc' } },
    github: { env: { CMS_BACKEND: 'github', CMS_REPO: 'ubnd/bang-vang', CMS_BASE_URL: 'https://auth.example.vn' }, backend: { name: 'github', repo: 'ubnd/bang-vang', branch: 'main', base_url: 'https://auth.example.vn' } },
  };
  for (const [name, { env, backend }] of Object.entries(backends)) {
    it(`${name}: the built /admin/config.yml saves through the editorial workflow (draft → chờ duyệt → xuất bản)`, async () => {
      for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
      vi.stubEnv('BANG_VANG_COMMAND', 'build');
      const config = parse(await configYml().text()) as Record<string, unknown>;
      expect(config.publish_mode).toBe('editorial_workflow');
      expect(config.backend).toEqual(backend);
      expect(config.local_backend).toBeUndefined();
    });
  }

  it('astro dev adds the local backend (decap-server), and keeps the workflow for when it is not running', async () => {
    vi.stubEnv('BANG_VANG_COMMAND', 'dev');
    vi.stubEnv('CMS_PROXY_PORT', '8095');
    const config = parse(await configYml().text()) as Record<string, unknown>;
    // Decap itself saves at once with decap-server's file mode ("'editorial_workflow' is not supported by
    // 'local_fs' backend, switching to 'simple'"); without decap-server it uses the git host, with the workflow.
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', local_backend: { url: 'http://localhost:8095/api/v1' } });
  });

  it('finds the content folder in the repository, or beside decap-server’s folder', () => {
    expect(contentFolderInRepo('/repo/content', '/repo')).toBe('content');
    expect(contentFolderInRepo('/tmp/x/content', '/repo')).toBe('content');
  });
});

describe('the editor’s Content-Security-Policy', () => {
  it('allows eval and inline styles on /admin/ only, and the chosen git host only', () => {
    const gitlab = adminCsp(settings({}));
    expect(gitlab).toContain("script-src 'self' 'unsafe-eval'");
    expect(gitlab).toContain("connect-src 'self' https://gitlab.com");
    expect(gitlab).not.toContain('github');
    expect(adminCsp(settings({ CMS_BACKEND: 'github' }))).toContain("connect-src 'self' https://api.github.com");
    const rule = adminHeadersRule(settings({ BASE: '/sub' }));
    expect(rule).toMatch(/^\/sub\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: /m);
  });
});

describe('the editor refuses what the build would', () => {
  it('says in Vietnamese why a file cannot be an image', () => {
    expect(imageProblem({ name: 'a.pdf', type: 'application/pdf', size: 10 })).toBe('“a.pdf” không phải là ảnh. Chỉ nhận ảnh JPG, JPEG, PNG, WEBP, AVIF.');
    expect(imageProblem({ name: 'a.png', type: 'image/png', size: 3 * 1024 * 1024 })).toBe('Ảnh “a.png” nặng 3 MB, quá giới hạn 2 MB. Hãy thu nhỏ ảnh rồi tải lên lại.');
    expect(imageProblem({ name: 'a.jpg', type: 'image/jpeg', size: 1000 })).toBeUndefined();
  });

  it('leaves out optional fields left empty, and refuses a cover without its description', () => {
    expect(emptyPaths({ title: 'A', updatedOn: '', cover: { src: '', alt: null }, privacyAllow: [], units: ['x'] })).toEqual([['updatedOn'], ['cover']]);
    const groups = [{ path: 'cover', label: 'Ảnh bìa', names: ['src', 'alt'], labels: ['Tệp ảnh', 'Mô tả ảnh'] }];
    expect(groupProblem({ cover: { src: 'images/a.png' } }, groups)).toBe('Ảnh bìa: cần điền cả “Mô tả ảnh”, hoặc bỏ trống cả nhóm.');
    expect(groupProblem({ title: 'A' }, groups)).toBeUndefined();
  });
});
