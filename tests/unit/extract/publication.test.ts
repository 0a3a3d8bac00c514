/** Proposals awaiting review follow the one publication rule: hidden like drafts, whatever the date. */
import { describe, expect, it } from 'vitest';
import { isPublic, isPublicText } from '../../../src/content-model/is-public.ts';
import { serialize } from '../../../tools/extract/write.ts';

describe('a proposal awaiting review', () => {
  it('is not public, parsed or read as text', () => {
    expect(isPublic({ review: 'pending' }, '2030-01-01')).toBe(false);
    expect(isPublicText('review: pending\nname: Hộ Trần Nhơn\n', '2030-01-01')).toBe(false);
    expect(isPublicText('# đề xuất\nreview: "pending"\nunit: quang-ngai/son-long-son-tay\n', '2030-01-01')).toBe(false);
  });

  it('is public once a person removes its review line', () => {
    expect(isPublicText('name: Hộ Trần Nhơn\n', '2030-01-01')).toBe(true);
    expect(isPublic({}, '2030-01-01')).toBe(true);
  });

  it('is written with its review line at the top level, where the rule reads it', () => {
    const text = serialize({ collection: 'awards', path: 'awards/a/b/2024.yaml', data: { review: 'pending', unit: 'a/b', year: 2024 } });
    expect(isPublicText(text, '2030-01-01')).toBe(false);
  });
});
