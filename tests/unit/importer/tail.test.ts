import { describe, expect, it } from 'vitest';
import { parseTail } from '../../../tools/import/tail.ts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('Nơi nhận and signature', () => {
  it('reads recipients, then capacity, title and name', () => {
    const source = lines('Nội dung./.\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\n**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\nNguyễn Chí Linh');
    expect(parseTail(source, 0)).toMatchObject({
      bodyEnd: 2,
      after: 10,
      recipients: ['UBND huyện', 'Lưu: VT'],
      signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Chí Linh' },
      leftover: [],
    });
  });

  it('reads a deputy signing for the chairman (KT.) and keeps "(Đã ký)" as text', () => {
    const source = lines('Nội dung./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Thị Hằng');
    const tail = parseTail(source, 0);
    expect(tail.signer).toEqual({ capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Hằng' });
    expect(tail.recipients).toEqual(['Như Điều 3', 'Lưu: VT']);
    expect(tail.leftover).toEqual(['(Đã ký)']);
  });

  it('reads a signature standing before Nơi nhận', () => {
    const source = lines('Nội dung./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Chí Linh\n\nNơi nhận:\n- UBND thị xã Đức Phổ;\n- Lưu: VT.');
    const tail = parseTail(source, 0);
    expect(tail).toMatchObject({ bodyEnd: 2, recipients: ['UBND thị xã Đức Phổ', 'Lưu: VT'], signer: { name: 'Nguyễn Chí Linh', capacity: 'TM. ỦY BAN NHÂN DÂN' } });
  });

  it('reads a title and name with no capacity line, and joins a recipient wrapped over two lines', () => {
    const source = lines('Nội dung./.\nNơi nhận:\n- Ủy ban MTTQVN và các tổ chức\nchính trị - xã hội phường;\n- Lưu: VT, VP.\n\nCHỦ TỊCH\n\n\n\nĐào Văn Trung');
    const tail = parseTail(source, 0);
    expect(tail.signer).toEqual({ capacity: undefined, title: 'CHỦ TỊCH', name: 'Đào Văn Trung' });
    expect(tail.recipients).toEqual(['Ủy ban MTTQVN và các tổ chức chính trị - xã hội phường', 'Lưu: VT, VP']);
  });

  it('keeps the typist and the number of copies written under "Lưu" with that item', () => {
    const source = lines('Nội dung./.\nNơi nhận:\n- Như Điều 5;\n- Lưu: VT, HCC, NC.\nHuy (23 bản)\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVõ Tấn Đức');
    const tail = parseTail(source, 0);
    expect(tail.recipients).toEqual(['Như Điều 5', 'Lưu: VT, HCC, NC. Huy (23 bản)']);
    expect(tail.signer).toMatchObject({ capacity: 'TM. ỦY BAN NHÂN DÂN', name: 'Võ Tấn Đức' });
    expect(tail.leftover).toEqual([]);
  });

  it('finds nothing in a document that ends with its text', () => {
    const source = lines('Nội dung.\n\nTrên đây là báo cáo./.');
    expect(parseTail(source, 0)).toEqual({ bodyEnd: 3, after: 3, recipients: [], signer: {}, leftover: [], readingOrder: [] });
  });
});
