import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import type { FileProblem } from './problem.ts';
import { allowedAttributes, allowedComponents, allowedElements, dangerousElements, isUnsafeUrl } from './markup-policy.ts';
import { isComment, isPlainLiteral } from './literal.ts';

/** What a body check needs to know about its file. */
export interface BodyContext {
  /** MDX (expressions and JSX) or plain Markdown (raw HTML). */
  mdx: boolean;
  /** Whether a local image path, relative to the file, exists. */
  imageExists(relativePath: string): boolean;
}

/**
 * Cheap test that lets most documents skip parsing: only tags, expressions, imports, images and script-like URL
 * schemes are worth a parse (links and footnotes alone are safe unless their URL has such a scheme).
 */
// "script" and "&#" also catch obfuscated schemes: "java\tscript:", "javascript&#58;".
const worthParsing = /[<{]|^\s*(?:import|export)\b|!\[|script|data:|file:|&#/im;

interface Position {
  start: { line: number };
}

const fixMarkup =
  'Xóa đoạn mã này; dùng cú pháp Markdown (tiêu đề #, danh sách -, **đậm**, [liên kết](https://…), ![mô tả ảnh](./anh.jpg)). ' +
  '(Remove it and use Markdown instead; allowed HTML and MDX are listed in src/checks/markup-policy.ts.)';

/**
 * Unsafe or broken markup in a Markdown/MDX file (given whole, frontmatter included, so lines match):
 * scripts, frames, event handlers, `javascript:` links, module imports, code in `{…}`, images without alt text.
 */
export function markupProblems(source: string, context: BodyContext): FileProblem[] {
  if (!worthParsing.test(source.replace(/^---[\s\S]*?\n---/, ''))) return [];
  let tree: MdastNode;
  try {
    tree = context.mdx ? mdxToMdast(source) : markdownToMdast(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /^(\d+):\d+/.exec(message)?.[1];
    return [
      {
        severity: 'error',
        rule: 'mdx/syntax',
        line: line ? Number(line) : undefined,
        found: `lỗi cú pháp MDX: ${message.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '')} (MDX syntax error)`,
        expected: 'MDX hợp lệ: dấu "<" và "{" chỉ dùng cho thẻ và biểu thức (valid MDX: "<" and "{" start tags and expressions)',
        fix: 'Viết "\\<" hoặc "\\{" khi cần ký tự đó trong chữ, và đóng mọi thẻ đã mở. (Escape a literal "<" or "{" with a backslash, and close every tag.)',
      },
    ];
  }
  const problems: FileProblem[] = [];
  const report = (node: { position?: Position }, rule: string, found: string, expected: string, fix = fixMarkup) =>
    problems.push({ severity: 'error', rule, line: node.position?.start.line, found, expected, fix });
  visit(tree, (node) => checkNode(node, context, report));
  return problems;
}

type Report = (node: { position?: Position }, rule: string, found: string, expected: string, fix?: string) => void;

function visit(node: MdastNode, callback: (node: MdastNode) => void): void {
  callback(node);
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children) visit(child as MdastNode, callback);
}

function checkNode(node: MdastNode, context: BodyContext, report: Report): void {
  switch (node.type) {
    case 'mdxjsEsm':
      report(node, 'markup/esm', `câu lệnh "${firstLine(node.value)}" (an MDX import/export statement)`, 'nội dung không nạp mô-đun (content loads no modules)');
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isComment(node.value) && !isStringLiteral(node.value)) {
        report(node, 'markup/expression', `biểu thức MDX {${shorten(node.value)}} chạy mã (an MDX expression runs code)`, 'chỉ chữ thường; "{" viết là "\\{" (plain text; write "{" as "\\{")');
      }
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node.name ?? '', node.attributes.map(jsxAttribute), node, report, context);
      return;
    case 'html':
      for (const tag of htmlTags(node.value)) checkElement(tag.name, tag.attributes, node, report, context);
      return;
    case 'link':
    case 'definition':
      if (isUnsafeUrl(node.url, false)) report(node, 'markup/url', `liên kết "${shorten(node.url)}" (a script URL)`, 'liên kết http(s)://, mailto: hoặc đường dẫn trong trang (an http(s), mailto: or site link)');
      return;
    case 'image':
      checkImage(node.url, node.alt ?? '', node, report, context);
      return;
  }
}

interface Attribute {
  name: string;
  /** A string value, or undefined for a bare attribute. */
  value?: string;
  /** An expression value `{…}` or a spread `{...x}`. */
  expression?: string;
  spread?: boolean;
}

function jsxAttribute(attribute: { type: string; name?: string; value?: unknown }): Attribute {
  if (attribute.type === 'mdxJsxExpressionAttribute') return { name: '', expression: String(attribute.value), spread: true };
  const value = attribute.value;
  if (value && typeof value === 'object' && 'value' in value) return { name: attribute.name ?? '', expression: String(value.value) };
  return { name: attribute.name ?? '', value: value == null ? undefined : String(value) };
}

function checkElement(name: string, attributes: Attribute[], node: { position?: Position }, report: Report, context: BodyContext): void {
  const lower = name.toLowerCase();
  if (dangerousElements.has(lower)) {
    report(node, `markup/${lower}`, `thẻ <${name}> (a <${name}> element)`, 'không có thẻ chạy mã hoặc nhúng nội dung khác (no element that runs code or embeds other content)');
    return;
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent ? !allowedComponents.has(name) : !allowedElements.has(lower)) {
    report(node, 'markup/element', `thẻ <${name}> không được phép (the <${name}> element is not allowed)`, 'Markdown, hoặc các thẻ HTML liệt kê trong src/checks/markup-policy.ts (Markdown or the listed HTML elements)');
    return;
  }
  for (const attribute of attributes) {
    const attr = attribute.name.toLowerCase();
    if (attribute.spread) {
      report(node, 'markup/expression', `thuộc tính {${shorten(attribute.expression ?? '')}} (a spread attribute)`, 'thuộc tính có giá trị cố định (attributes with literal values)');
    } else if (/^on/.test(attr)) {
      report(node, 'markup/event-handler', `thuộc tính sự kiện ${attribute.name}= trên <${name}> (an event-handler attribute)`, 'không có mã JavaScript trong nội dung (no JavaScript in content)');
    } else if (attr === 'style') {
      report(node, 'markup/style', `thuộc tính style= trên <${name}> (an inline style)`, 'không có kiểu viết tại chỗ; chính sách bảo mật CSP của trang chặn nó (no inline styles; the site’s CSP blocks them)');
    } else if (!allowedAttributes.has(attribute.name) && !allowedAttributes.has(attr) && !attr.startsWith('aria-') && !attr.startsWith('data-') && !isComponent) {
      report(node, 'markup/attribute', `thuộc tính ${attribute.name}= trên <${name}> (attribute not allowed)`, 'các thuộc tính liệt kê trong src/checks/markup-policy.ts (the listed attributes)');
    } else if (attribute.expression !== undefined && !isPlainLiteral(attribute.expression)) {
      report(node, 'markup/expression', `giá trị ${attribute.name}={${shorten(attribute.expression)}} chạy mã (an attribute expression runs code)`, 'giá trị cố định: chuỗi, số, true/false (a literal: text, number, true/false)');
    } else if ((attr === 'href' || attr === 'src' || attr === 'action' || attr === 'formaction' || attr === 'xlink:href') && attribute.value && isUnsafeUrl(attribute.value, lower === 'img' && attr === 'src')) {
      report(node, 'markup/url', `${attribute.name}="${shorten(attribute.value)}" (a script URL)`, 'liên kết http(s)://, mailto: hoặc đường dẫn trong trang (an http(s), mailto: or site link)');
    }
  }
  if (lower === 'img') {
    const alt = attributes.find((a) => a.name === 'alt');
    const src = attributes.find((a) => a.name === 'src')?.value ?? '';
    checkImage(src, alt?.value ?? alt?.expression ?? '', node, report, context);
  }
}

function checkImage(url: string, alt: string, node: { position?: Position }, report: Report, context: BodyContext): void {
  if (!alt.trim()) {
    report(
      node,
      'image/alt',
      `ảnh "${shorten(url)}" không có mô tả (image without alt text)`,
      'mỗi ảnh có mô tả ngắn nói ảnh cho thấy gì (every image says what it shows)',
      'Viết mô tả trong ngoặc vuông: ![Chủ tịch UBND xã trao Giấy khen cho hộ ông Trần Nhơn](./trao-giay-khen.jpg). (Write the alt text in the square brackets.)',
    );
  }
  if (isUnsafeUrl(url, true)) {
    report(node, 'markup/url', `ảnh "${shorten(url)}" (a script URL)`, 'tệp ảnh đặt cạnh bài (an image file beside the entry)');
  } else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) && !url.startsWith('data:')) {
    report(
      node,
      'image/remote',
      `ảnh lấy từ trang khác "${shorten(url)}" (an image from another site)`,
      'tệp ảnh đặt cạnh bài; chính sách bảo mật CSP chỉ cho ảnh của chính trang (a local image; the CSP allows only the site’s own images)',
      'Tải ảnh về, đặt cạnh tệp .mdx và dẫn bằng đường dẫn tương đối ./ten-anh.jpg. (Download it, put it beside the file and link it as ./name.jpg.)',
    );
  } else if (url && !url.startsWith('data:') && !url.startsWith('/') && !context.imageExists(decodeURI(url))) {
    report(node, 'image/missing', `không có tệp ảnh "${shorten(url)}" (image file not found)`, 'đường dẫn tương đối tới tệp ảnh có thật, tính từ tệp này (a path relative to this file)', 'Kiểm tra tên tệp ảnh (cả chữ hoa, chữ thường) và thư mục. (Check the image file name and folder.)');
  }
}

/** Opening tags in a raw HTML string of a Markdown file, with their attributes. */
function* htmlTags(html: string): Generator<{ name: string; attributes: Attribute[] }> {
  for (const tag of html.matchAll(/<([A-Za-z][\w:.-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attributes: Attribute[] = [];
    for (const a of tag[2].matchAll(/([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      attributes.push({ name: a[1], value: a[2]?.replace(/^["']|["']$/g, '') });
    }
    yield { name: tag[1], attributes };
  }
}

function isStringLiteral(expression: string): boolean {
  return /^\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*$/.test(expression);
}

function firstLine(text: string): string {
  return shorten(text.split('\n')[0]);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
