/**
 * Files the importer cannot read are refused with one Vietnamese message (English in parentheses) naming the
 * file — the exact wording is locked here. A file whose extension disagrees with its content is read by its
 * content, with a warning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../tools/import/encoding.ts';
import { readSource } from '../../../tools/import/read-source.ts';
import { detectFormat } from '../../../tools/import/formats/detect.ts';
import { repairLegacyFont } from '../../../tools/import/formats/legacy-fonts.ts';
import { fixturesDir } from './helpers.ts';

const dir = path.join(fixturesDir, 'formats');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(dir, name)));
const PASSWORD = (label: string, name: string) =>
  `Lỗi: tệp ${label} có mật khẩu, hãy mở bằng mật khẩu rồi lưu lại không đặt mật khẩu (password-protected ${label}: save it without a password first): ${name}`;

describe('files that cannot be read', () => {
  it.each([
    ['rong.pdf', 'rong.pdf', 'Lỗi: tệp rỗng (empty file): rong.pdf'],
    ['hong.odt', 'hong.odt', 'Lỗi: tệp .odt hỏng, không đọc được (corrupt .odt): hong.odt'],
    ['hong.doc', 'hong.doc', 'Lỗi: tệp .doc hỏng, không đọc được (corrupt .doc): hong.doc'],
    ['hong.pdf', 'hong.pdf', 'Lỗi: tệp .pdf hỏng, không đọc được (corrupt .pdf): hong.pdf'],
    ['mat-khau.docx', 'mat-khau.docx', PASSWORD('.docx', 'mat-khau.docx')],
    ['mat-khau.doc', 'mat-khau.doc', PASSWORD('.doc', 'mat-khau.doc')],
    ['mat-khau.odt', 'mat-khau.odt', PASSWORD('.odt', 'mat-khau.odt')],
    ['mat-khau.pdf', 'mat-khau.pdf', PASSWORD('.pdf', 'mat-khau.pdf')],
    [
      'anh-quet.pdf',
      'anh-quet.pdf',
      'Lỗi: tệp PDF không có lớp chữ (ảnh quét), cần nhận dạng chữ (OCR) trước khi nhập (scanned PDF without text: needs OCR): anh-quet.pdf',
    ],
    ['tieng-anh.pdf', 'tieng-anh.pdf', 'Lỗi: không phải văn bản tiếng Việt (not Vietnamese text): tieng-anh.pdf'],
    [
      'anh-quet.png',
      'bao-cao.doc',
      'Lỗi: tệp nhị phân không rõ loại, chỉ đọc được .docx, .odt, .doc, .pdf, .html, .md và .txt (binary file of unknown format): bao-cao.doc',
    ],
  ])('%s (as %s)', async (file, name, message) => {
    await expect(readSource(bytes(file), name)).rejects.toThrow(new InputError(message));
  });

  it('refuses a damaged .docx as before', async () => {
    const damaged = new Uint8Array(readFileSync(path.join(fixturesDir, 'docx/hong.docx')));
    await expect(readSource(damaged, 'hong.docx')).rejects.toThrow(new InputError('Lỗi: tệp .docx hỏng, không đọc được (corrupt .docx): hong.docx'));
  });

  it('refuses a .docx cut short, however short', async () => {
    const docx = bytes('ke-hoach-hoa-thuan.docx');
    for (const share of [0.1, 0.5, 0.9]) {
      await expect(readSource(docx.subarray(0, Math.floor(docx.length * share)), 'cat.docx')).rejects.toThrow(/^Lỗi: tệp \.docx hỏng/u);
    }
  });

  it('says what to do with a spreadsheet or an RTF file', async () => {
    const rtf = new TextEncoder().encode('{\\rtf1\\ansi B\\u225?o c\\u225?o}');
    await expect(readSource(rtf, 'bao-cao.doc')).rejects.toThrow(
      new InputError('Lỗi: tệp RTF chưa đọc được, hãy lưu lại thành .docx hoặc .pdf (RTF is not supported: save it as .docx or .pdf): bao-cao.doc'),
    );
  });
});

describe('a file whose extension says another format', () => {
  it.each([
    ['ke-hoach-hoa-thuan.odt', 'ke-hoach.docx', 'odt', 'tệp có đuôi .docx nhưng nội dung là .odt: đọc theo nội dung (extension .docx, content .odt: read by content)'],
    ['ke-hoach-hoa-thuan.pdf', 'ke-hoach.doc', 'pdf', 'tệp có đuôi .doc nhưng nội dung là PDF: đọc theo nội dung (extension .doc, content PDF: read by content)'],
    ['cong-thong-tin.html', 'ke-hoach.doc', 'html', 'tệp có đuôi .doc nhưng nội dung là HTML: đọc theo nội dung (extension .doc, content HTML: read by content)'],
    ['ke-hoach-hoa-thuan.doc', 'ke-hoach.pdf', 'doc', 'tệp có đuôi .pdf nhưng nội dung là .doc (Word 97–2003): đọc theo nội dung (extension .pdf, content .doc (Word 97–2003): read by content)'],
  ])('%s named %s is read as %s, with a warning', async (file, name, format, warning) => {
    const source = await readSource(bytes(file), name);
    expect(source.format).toBe(format);
    expect(source.warnings[0]).toBe(warning);
  });

  it('is detected from the bytes alone for every format', () => {
    const kinds = ['ke-hoach-hoa-thuan.docx', 'ke-hoach-hoa-thuan.odt', 'ke-hoach-hoa-thuan.doc', 'ke-hoach-hoa-thuan.pdf', 'word-web.htm', 'ban-web.md'].map(
      (file) => detectFormat(bytes(file), 'khong-duoi').kind,
    );
    expect(kinds).toEqual(['docx', 'odt', 'doc', 'pdf', 'html', 'text']);
  });
});

describe('text in the old 8-bit font encodings', () => {
  it('is converted when a PDF or .doc drew it with a .VnTime font', () => {
    const lines = [{ text: 'B¸o c¸o kÕt qu¶ c«ng t¸c thi ®ua, khen th­ëng' }, { text: '' }, { text: 'N¨m 2024, x· S¬n Long tæ chøc c¸c phong trµo thi ®ua.' }];
    expect(repairLegacyFont(lines, [])).toEqual({
      lines: [{ text: 'Báo cáo kết quả công tác thi đua, khen thưởng' }, { text: '' }, { text: 'Năm 2024, xã Sơn Long tổ chức các phong trào thi đua.' }],
      notes: [],
      encoding: 'tcvn3',
    });
  });

  it('is left alone when it is English', () => {
    expect(repairLegacyFont([{ text: 'Annual report on emulation and commendation work.' }], [])).toBeUndefined();
  });
});
