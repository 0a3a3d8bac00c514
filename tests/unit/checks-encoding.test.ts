import { describe, expect, it } from 'vitest';
import { decodeContent, legacyEncodingOf } from '../../src/checks/encoding.ts';
import { nfcProblems } from '../../src/checks/nfc.ts';

const rule = (bytes: Uint8Array) => {
  const result = decodeContent(bytes);
  return 'problem' in result ? result.problem.rule : 'ok';
};

describe('reading content files', () => {
  it('accepts UTF-8 Vietnamese, with or without a byte-order mark', () => {
    expect(rule(Buffer.from('Công tác thi đua, khen thưởng năm 2024 — 1.059 ha, 25°C, m²'))).toBe('ok');
    expect(rule(Buffer.from('\uFEFFThi đua yêu nước'))).toBe('ok');
  });

  it('recognizes TCVN3 and VNI text, as bytes or pasted into UTF-8', () => {
    expect(legacyEncodingOf('C«ng t¸c thi ®ua khen th\u00adëng n¨m 2024')).toBe('TCVN3');
    expect(legacyEncodingOf('Coâng taùc thi ñua khen thöôûng naêm 2024')).toBe('VNI');
    expect(rule(Buffer.from('C«ng t¸c thi ®ua khen th\u00adëng', 'latin1'))).toBe('encoding/not-utf8');
    expect(rule(Buffer.from('Coâng taùc thi ñua khen thöôûng naêm 2024'))).toBe('encoding/legacy');
  });

  it('refuses UTF-16 files', () => {
    expect(rule(Buffer.from('\uFEFFThi đua', 'utf16le'))).toBe('encoding/utf16');
  });

  it('warns about decomposed text with its lines', () => {
    const text = `a\n${'Hòa Thuận'.normalize('NFD')}\nb\n${'Đức Phổ'.normalize('NFD')}`;
    expect(nfcProblems(text)).toMatchObject([{ severity: 'warning', rule: 'text/not-nfc', line: 2 }]);
    expect(nfcProblems(text)[0].found).toContain('2, 4');
  });
});
