import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText, decodeTcvn3, decodeVni, InputError } from '../../../tools/import/encoding.ts';
import { encodeTcvn3 } from '../../../tools/import/legacy/tcvn3.ts';
import { toVniChars, vniPairs } from '../../../tools/import/legacy/vni.ts';
import { ENCODING_SAMPLE } from '../../fixtures/importer/build-fixtures.ts';
import { fixturesDir, importFile } from './helpers.ts';

const fixture = (name: string) => readFileSync(path.join(fixturesDir, 'text', name));
const ALL_LETTERS = vniPairs().map(([unicode]) => unicode).join(' ');

describe('encodings', () => {
  it.each([
    ['utf8.txt', 'utf-8'],
    ['utf8-bom-crlf.txt', 'utf-8-bom'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le-nobom.txt', 'utf-16le'],
    ['nfd.txt', 'utf-8'],
    ['tcvn3.txt', 'tcvn3'],
    ['vni.txt', 'vni'],
  ])('detects %s as %s and decodes it to the same NFC text', (name, encoding) => {
    const decoded = decodeText(fixture(name), name);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.replace(/\r\n/g, '\n')).toBe(ENCODING_SAMPLE);
    expect(decoded.text).toBe(decoded.text.normalize('NFC'));
  });

  it('reports NFD input', () => {
    expect(decodeText(fixture('nfd.txt'), 'nfd.txt').wasNfd).toBe(true);
    expect(decodeText(fixture('utf8.txt'), 'utf8.txt').wasNfd).toBe(false);
  });

  it('decodes every Vietnamese letter from VNI, capitals included', () => {
    expect(decodeVni(iconv.encode(toVniChars(ALL_LETTERS), 'windows-1252'))).toBe(ALL_LETTERS);
  });

  it('decodes every lowercase letter from TCVN3, and capitals written in the .VnTimeH font', () => {
    const lower = ALL_LETTERS.toLowerCase();
    const encode = (text: string) => encodeTcvn3(text, (c) => iconv.encode(c, 'windows-1252')[0]);
    expect(decodeTcvn3(encode(lower))).toBe(lower);
    expect(decodeTcvn3(encode('UBND XÃ SƠN LONG\nBÁO CÁO KẾT QUẢ\nSố: 45/BC-UBND'))).toBe('UBND XÃ SƠN LONG\nBÁO CÁO KẾT QUẢ\nSố: 45/BC-UBND');
    // A lone capital with a tone mark is stored as its lowercase byte: nothing tells it apart.
    expect(decodeTcvn3(encode('Ủy ban'))).toBe('ủy ban');
  });

  it('reads the classic example "C«ng t¸c thi ®ua" as TCVN3', () => {
    expect(decodeTcvn3(iconv.encode('C«ng t¸c thi ®ua khen th­ëng', 'windows-1252'))).toBe('Công tác thi đua khen thưởng');
  });

  it.each([
    ['empty.txt', 'Lỗi: tệp rỗng (empty file): empty.txt'],
    ['blank.txt', 'Lỗi: tệp rỗng (empty file): blank.txt'],
    ['binary.txt', 'Lỗi: tệp nhị phân, không phải văn bản (binary file): binary.txt'],
    ['english.txt', 'Lỗi: không phải văn bản tiếng Việt (not Vietnamese text): english.txt'],
  ])('refuses %s', (name, message) => {
    expect(() => decodeText(fixture(name), name)).toThrow(new InputError(message));
  });
});

describe('legacy and wrapped fixtures import like the UTF-8 original', () => {
  it.each(['tcvn3.txt', 'vni.txt', 'utf16le-bom.txt', 'utf16be-bom.txt', 'nfd.txt', 'hard-wrapped.txt', 'utf8-bom-crlf.txt'])(
    '%s imports to the same MDX as utf8.txt, every word kept',
    async (name) => {
      const original = await importFile(path.join(fixturesDir, 'text/utf8.txt'));
      const { result } = await importFile(path.join(fixturesDir, 'text', name));
      expect(result.errors).toEqual([]);
      expect(result.fidelity?.retention).toBe(1);
      expect(result.markdown).toBe(original.result.markdown!.replace('son-long-son-tay/utf8.txt', `son-long-son-tay/${name}`));
    },
  );

  it('reads the metadata of the sample', async () => {
    const { result } = await importFile(path.join(fixturesDir, 'text/tcvn3.txt'));
    expect(result.frontmatter).toMatchObject({
      unit: 'quang-ngai/son-long-son-tay',
      issuer: ['UBND HUYỆN SƠN TÂY', 'UBND XÃ SƠN LONG'],
      type: 'báo cáo',
      number: '45',
      symbol: 'BC-UBND',
      place: 'Sơn Long',
      issuedOn: '2024-11-12',
      title: 'Kết quả phong trào thi đua “Dân vận khéo” năm 2024',
      signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Đỗ Thanh Vượng' },
      recipients: ['UBND huyện', 'Lưu: VT'],
    });
  });
});
