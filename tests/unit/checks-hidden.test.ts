import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hiddenPatterns, isHidden } from '../../src/checks/hidden.ts';

describe('entries a build must not load', () => {
  it('are drafts and entries published after the build date', () => {
    expect(isHidden('---\ntitle: a\ndraft: true\n---\nbody', '2026-11-22')).toBe(true);
    expect(isHidden('---\ntitle: a\npublishedOn: 2026-11-23\n---\n', '2026-11-22')).toBe(true);
    expect(isHidden('---\ntitle: a\npublishedOn: "2026-11-22"\n---\n', '2026-11-22')).toBe(false);
    expect(isHidden('name: x\ndraft: false\n', '2026-11-22')).toBe(false);
    expect(isHidden('name: x\ndraft: true # chờ duyệt\n', '2026-11-22')).toBe(true);
  });

  it('ignore the words draft and publishedOn in the body or nested fields', () => {
    expect(isHidden('---\ntitle: a\n---\ndraft: true\npublishedOn: 2099-01-01\n', '2026-11-22')).toBe(false);
    expect(isHidden('name: x\nsource:\n  draft: true\n', '2026-11-22')).toBe(false);
  });

  it('become glob negation patterns relative to the collection folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-hidden-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a/nhap.mdx'), '---\ndraft: true\n---\n');
    fs.writeFileSync(path.join(dir, 'cong-khai.mdx'), '---\npublishedOn: 2020-01-01\n---\n');
    fs.writeFileSync(path.join(dir, 'cam-van.yaml'), 'publishedOn: 2099-01-01\n');
    expect(hiddenPatterns(dir, '2026-11-22')).toEqual(['!cam-van.yaml', '!a/nhap.mdx']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
