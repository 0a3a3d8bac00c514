import { describe, expect, it } from 'vitest';
import { markupProblems } from '../../src/checks/markup.ts';
import { isPlainLiteral } from '../../src/checks/literal.ts';
import { isUnsafeUrl } from '../../src/checks/markup-policy.ts';

const rules = (source: string, mdx = true) => markupProblems(source, { mdx, imageExists: () => true }).map((p) => `${p.line}:${p.rule}`);

describe('the markup check', () => {
  it('accepts Markdown, footnotes, sup/sub, comments and escaped braces', () => {
    expect(rules('---\ntitle: x\n---\n\n## I. Kết quả\n\n- *93,8%* m<sup>2</sup>[^1] {/* ghi chú */} {"{"}\n\n[^1]: Chú thích.\n\n![Ảnh](./a.png)')).toEqual([]);
  });

  it('rejects scripts, frames, event handlers and javascript: links with their lines', () => {
    expect(rules('a\n\n<script>x()</script>\n\n<iframe src="x"></iframe>\n\n<a href=" JaVa\tscript:alert(1)" onClick="x()">y</a>')).toEqual([
      '3:markup/script',
      '5:markup/iframe',
      '7:markup/url',
      '7:markup/event-handler',
    ]);
  });

  it('rejects MDX imports, exports and expressions that run code', () => {
    expect(rules("import x from 'y'\n\nexport const a = 1\n\n{1 + 1} {x} <b title={fn()}>t</b>")).toEqual([
      '1:markup/esm',
      '3:markup/esm',
      '5:markup/expression',
      '5:markup/expression',
      '5:markup/expression',
    ]);
  });

  it('rejects raw HTML with handlers in plain Markdown files', () => {
    expect(rules('x <img src="a.png" alt="a" onerror="alert(1)">\n\n<object data="x"></object>', false)).toEqual(['1:markup/event-handler', '3:markup/object']);
  });

  it('reports an MDX syntax error with its line instead of crashing', () => {
    expect(rules('# a\n\nmột <b>thẻ chưa đóng\n')).toEqual(['3:mdx/syntax']);
  });

  it('tells plain literals from code', () => {
    expect([`"a"`, `[1, 2.5, -3]`, `{ label: 'Năm', value: 2023, ok: true }`, 'null'].map(isPlainLiteral)).toEqual([true, true, true, true]);
    expect(['a', 'f()', '1 + 1', '`${x}`', 'process.env', '[...x]', '{ [k]: 1 }'].map(isPlainLiteral)).toEqual([false, false, false, false, false, false, false]);
  });

  it('treats script and data URLs as unsafe, except data images in images', () => {
    expect(isUnsafeUrl('javascript:alert(1)', false)).toBe(true);
    expect(isUnsafeUrl('data:text/html,<script>', false)).toBe(true);
    expect(isUnsafeUrl('data:image/png;base64,AAAA', true)).toBe(false);
    expect(isUnsafeUrl('https://example.com/', false)).toBe(false);
  });
});

describe('obfuscated script links', () => {
  it('are found behind entities and tabs', () => {
    expect(rules('[a](java&#9;script:alert(1)) [b](javascript&#58;alert(2))')).toEqual(['1:markup/url', '1:markup/url']);
  });
});
