import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { anchorFor, headingAnchors } from '../../src/utils/heading-anchors.ts';

function fakeCtx() {
  const calls: { id?: string; wrapped?: Element } = {};
  return {
    calls,
    ctx: {
      textContent: (n: Readonly<Element>) => (n.children[0] as { value: string }).value,
      setProperty: (_n: Readonly<Element>, _k: string, v: unknown) => void (calls.id = String(v)),
      wrapNode: (_n: Readonly<Element>, p: Element) => void (calls.wrapped = p),
    },
  };
}
const heading = (tag: string, text: string): Element => ({ type: 'element', tagName: tag, properties: {}, children: [{ type: 'text', value: text }] });

describe('heading anchors', () => {
  it('give a heading a Vietnamese slug id and a link to it, outside the heading', () => {
    const plugin = headingAnchors()();
    const { ctx, calls } = fakeCtx();
    plugin.element.visit(heading('h3', 'I. Công tác khen thưởng'), ctx);
    expect(calls.id).toBe('i-công-tác-khen-thưởng');
    const link = calls.wrapped!.children[0] as Element;
    expect(link.properties.href).toBe('#i-công-tác-khen-thưởng');
  });
  it('number repeated headings like Astro does (-1, -2)', () => {
    const plugin = headingAnchors()();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { ctx, calls } = fakeCtx();
      plugin.element.visit(heading('h4', '1. Ưu điểm'), ctx);
      ids.push(calls.id!);
    }
    expect(ids).toEqual(['1-ưu-điểm', '1-ưu-điểm-1', '1-ưu-điểm-2']);
  });
  it('label the link for screen readers and hide the "#" from them', () => {
    const a = anchorFor('x', 'Phần I', 'Liên kết đến mục');
    expect(JSON.stringify(a)).toContain('Liên kết đến mục: Phần I');
    expect((a.children[0] as Element).properties.ariaHidden).toBe('true');
  });
});
