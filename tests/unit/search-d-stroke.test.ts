import { describe, expect, it } from 'vitest';
import { D_STROKE_MARK, decodeDStroke, encodeDStroke, foldQueryDStroke, hasRawDStroke } from '../../src/search/d-stroke.ts';
import { prepareHtmlForIndex, searchableHtml, withoutIgnored } from '../../src/search/index-html.ts';

/** What Pagefind 1.6 does to a word before matching: NFD, drop combining marks, lower case. */
const pagefindFold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('the index spelling of đ', () => {
  it('writes every đ and Đ as d or D followed by the mark', () => {
    expect(encodeDStroke('Đào Văn Trung, thi đua')).toBe(`D${D_STROKE_MARK}ào Văn Trung, thi d${D_STROKE_MARK}ua`);
  });

  it('reads back to exactly the original text', () => {
    const text = 'Phường Phổ Văn, thị xã Đức Phổ: điển hình tiên tiến, Đảng ủy, ĐOÀN THỂ';
    expect(decodeDStroke(encodeDStroke(text))).toBe(text);
  });

  it('normalises NFD input to NFC before encoding', () => {
    expect(encodeDStroke('thi đua'.normalize('NFD'))).toBe(encodeDStroke('thi đua'));
  });

  it('folds to the same words Pagefind matches for text typed without diacritics', () => {
    expect(pagefindFold(encodeDStroke('Đức Phổ'))).toBe('duc pho');
    expect(pagefindFold(encodeDStroke('điển hình tiên tiến'))).toBe('dien hinh tien tien');
    expect(pagefindFold(encodeDStroke('Đào Văn Trung'))).toBe('dao van trung');
  });

  it('uses a combining mark that is not a letter, so Pagefind indexes "d̵ua" exactly as "dua"', () => {
    expect(/\p{M}/u.test(D_STROKE_MARK)).toBe(true);
    expect(/[\p{Alphabetic}\p{N}]/u.test(D_STROKE_MARK)).toBe(false);
    expect(encodeDStroke('đ').normalize('NFC')).not.toBe('đ');
  });

  it('folds a query\'s đ to d and keeps its tone marks', () => {
    expect(foldQueryDStroke('Đào Văn Trung')).toBe('Dào Văn Trung');
    expect(foldQueryDStroke('thi đua'.normalize('NFD'))).toBe('thi dua');
  });

  it('tells raw đ apart from encoded text', () => {
    expect(hasRawDStroke('thi đua')).toBe(true);
    expect(hasRawDStroke(encodeDStroke('thi đua'))).toBe(false);
  });

  it('leaves text with no đ unchanged', () => {
    expect(encodeDStroke('khen thưởng')).toBe('khen thưởng');
    expect(decodeDStroke('Dân vận khéo')).toBe('Dân vận khéo');
  });
});

describe('preparing a built page for the index', () => {
  it('encodes đ in text but not in tags, scripts or comments', () => {
    const html =
      '<main data-pagefind-body><h1 class="đ">Đức Phổ</h1><!-- đ --><script>const a = "đ";</script><p>thi đua</p></main>';
    expect(prepareHtmlForIndex(html)).toBe(
      `<main data-pagefind-body><h1 class="đ">D${D_STROKE_MARK}ức Phổ </h1><!-- đ --><script>const a = "đ";</script><p>thi d${D_STROKE_MARK}ua </p> </main>`,
    );
  });

  it('encodes data-pagefind-meta values but leaves filter and sort values as shown', () => {
    const html =
      '<meta data-pagefind-filter="tinh[content]" content="Đồng Tháp"><meta data-pagefind-meta="unit[content]" content="xã Đông Hòa">';
    expect(prepareHtmlForIndex(html)).toBe(
      `<meta data-pagefind-filter="tinh[content]" content="Đồng Tháp"><meta data-pagefind-meta="unit[content]" content="xã D${D_STROKE_MARK}ông Hòa">`,
    );
  });

  it('separates the text of neighbouring table cells, captions and definition items', () => {
    const html = '<table><caption>Nguồn</caption><tr><th>Thông tin</th><td>Số liệu</td></tr></table><dl><dt>Cấp</dt><dd>Huyện</dd></dl>';
    const text = prepareHtmlForIndex(html).replace(/<[^>]*>/g, '');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['Nguồn', 'Thông', 'tin', 'Số', 'liệu', 'Cấp', 'Huyện']);
  });

  it('indexes a footer inside the content (a signature block) but leaves an ignored site footer alone', () => {
    const html =
      '<main data-pagefind-body><footer class="doc-end"><p>Đào Văn Trung</p></footer></main><footer data-pagefind-ignore>Liên hệ</footer>';
    expect(prepareHtmlForIndex(html)).toBe(
      `<main data-pagefind-body><div class="doc-end"><p>D${D_STROKE_MARK}ào Văn Trung </p> </div> </main><footer data-pagefind-ignore>Liên hệ</footer>`,
    );
  });

  it('encodes image alt text and đ written as an HTML entity', () => {
    expect(prepareHtmlForIndex('<img alt="Đội tình nguyện"><p>&#273;&#x110;&dstrok;</p>')).toBe(
      `<img alt="D${D_STROKE_MARK}ội tình nguyện"><p>d${D_STROKE_MARK}D${D_STROKE_MARK}d${D_STROKE_MARK} </p>`,
    );
  });
});

describe('the part of a page Pagefind reads', () => {
  const page = '<!DOCTYPE html><html lang="vi"><head><title>Xã Tân Hoà</title><script src="/a.js"></script></head><body>' +
    '<header data-pagefind-ignore><a href="/">Bảng Vàng</a></header><main id="main" data-pagefind-body><h1>Xã Tân Hoà</h1><p>Đào Văn Trung</p></main>' +
    '<footer data-pagefind-ignore>Trang thông tin</footer></body></html>';

  it('keeps the searchable <main> whole in a bare Vietnamese document, and drops the header, footer and scripts', () => {
    const cut = searchableHtml(page);
    expect(cut).toContain('<main id="main" data-pagefind-body><h1>Xã Tân Hoà</h1><p>Đào Văn Trung</p></main>');
    expect(cut).toContain('<html lang="vi">');
    expect(cut).not.toMatch(/Bảng Vàng|Trang thông tin|a\.js/);
  });

  it('passes a page whole when its searchable element is not its <main>', () => {
    const other = '<html><body><main><div data-pagefind-body>Thi đua</div></main></body></html>';
    expect(searchableHtml(other)).toBe(other);
    expect(searchableHtml('<html><body><p>Không có main</p></body></html>')).toBe('<html><body><p>Không có main</p></body></html>');
  });
});

describe('ignored parts cut before indexing', () => {
  it('cuts an ignored element with everything inside it, nested elements of the same name included', () => {
    const html = '<main data-pagefind-body><h1>Xã Đông Hòa</h1><section data-pagefind-ignore><section><table><tr><td>Khen thưởng</td></tr></table></section><p>Bảng số liệu</p></section><p>Gương điển hình</p></main>';
    expect(withoutIgnored(html)).toBe('<main data-pagefind-body><h1>Xã Đông Hòa</h1> <p>Gương điển hình</p></main>');
  });

  it('keeps words apart where it cuts', () => {
    const text = withoutIgnored('<p>thi<span data-pagefind-ignore>(ẩn)</span>đua</p>').replace(/<[^>]*>/g, '');
    expect(text).toBe('thi đua');
  });

  it('keeps an ignored element that holds a filter, meta or sort value Pagefind still reads, but cuts ignored parts within it', () => {
    const html = '<div data-pagefind-ignore><data data-pagefind-filter="tinh[value]" value="Đắk Lắk"></data><ul data-pagefind-ignore><li>Danh sách</li></ul></div>';
    expect(withoutIgnored(html)).toBe('<div data-pagefind-ignore><data data-pagefind-filter="tinh[value]" value="Đắk Lắk"></data> </div>');
  });

  it('cuts an element ignored with "all" even when it holds a filter', () => {
    expect(withoutIgnored('<p>Hội</p><div data-pagefind-ignore="all"><span data-pagefind-meta="x">y</span></div>')).toBe('<p>Hội</p> ');
  });

  it('is not misled by comments, scripts or void elements inside', () => {
    const html = '<nav data-pagefind-ignore><!-- </nav> --><img alt="Đồng" data-pagefind-ignore><script>"</nav>"</script><nav>x</nav></nav><p>Đoàn kết</p>';
    expect(withoutIgnored(html)).toBe(' <p>Đoàn kết</p>');
    expect(withoutIgnored('<p>a<img data-pagefind-ignore alt="b">c</p>')).toBe('<p>a c</p>');
  });

  it('leaves a page without ignored parts, or with an unclosed one, as it is', () => {
    expect(withoutIgnored('<main><p>Thi đua</p></main>')).toBe('<main><p>Thi đua</p></main>');
    expect(withoutIgnored('<main><div data-pagefind-ignore><p>Thi đua</p></main>')).toBe('<main><div data-pagefind-ignore><p>Thi đua</p></main>');
  });
});
