import type { SiteData } from '../types.ts';

/**
 * A small site in memory: two units, a published report, a plan, a draft report whose figures must stay out,
 * and values that exercise estimates, targets and several years.
 */
export function fixture(): SiteData {
  const doc = (unit: string, extra: object = {}) => ({
    unit,
    issuer: [],
    type: 'báo cáo' as const,
    title: 'Báo cáo',
    signer: {},
    recipients: [],
    privacyAllow: [],
    draft: false,
    ...extra,
  });
  return {
    units: [
      { id: 'quang-ngai/pho-van-duc-pho', data: { name: 'Phổ Văn', kind: 'phường', province: 'Quảng Ngãi', facts: [], formerNames: [], redirectFrom: [], privacyAllow: [] } },
      { id: 'thai-nguyen/tan-hoa-phu-binh', data: { name: 'Tân Hoà', kind: 'xã', province: 'Thái Nguyên', facts: [], formerNames: [], redirectFrom: [], privacyAllow: [] } },
    ],
    documents: [
      { id: 'quang-ngai/pho-van-duc-pho/2023-bao-cao', data: doc('quang-ngai/pho-van-duc-pho', { issuedOn: '2023-10' }) },
      { id: 'quang-ngai/pho-van-duc-pho/2022-bao-cao-9', data: doc('quang-ngai/pho-van-duc-pho', { number: '9', symbol: 'BC-UBND' }) },
      { id: 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127', data: doc('thai-nguyen/tan-hoa-phu-binh', { number: '127', symbol: 'BC-UBND' }) },
    ],
    indicators: [
      { id: 'online-files-rate', data: { id: 'online-files-rate', label: 'Tỷ lệ hồ sơ trực tuyến', unit: '%', higherIsBetter: true, maxHundred: true } },
      { id: 'budget-revenue', data: { id: 'budget-revenue', label: 'Thu ngân sách', unit: 'triệu đồng', higherIsBetter: true, maxHundred: false } },
    ],
    indicatorValues: [
      {
        id: 'a',
        data: {
          unit: 'thai-nguyen/tan-hoa-phu-binh',
          year: 2023,
          document: 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127',
          privacyAllow: [],
          values: [
            { indicator: 'online-files-rate', value: 83.79, kind: 'actual', quote: 'đạt tỷ lệ 83,79%.' },
            { indicator: 'budget-revenue', value: 276, kind: 'estimate', quote: 'ước đạt 276 triệu đồng' },
          ],
        },
      },
      {
        id: 'b',
        data: {
          unit: 'quang-ngai/pho-van-duc-pho',
          year: 2023,
          document: 'quang-ngai/pho-van-duc-pho/2023-bao-cao',
          privacyAllow: [],
          values: [
            { indicator: 'online-files-rate', value: 78.7, kind: 'actual', note: 'đến ngày 31/10/2023', quote: '604/767 hồ sơ (chiếm 78,7%)' },
            { indicator: 'budget-revenue', value: 8210, kind: 'estimate', target: 8000, quote: 'Ước thu 8,21 tỷ đồng, "vượt" dự toán' },
          ],
        },
      },
      {
        id: 'c',
        data: {
          unit: 'quang-ngai/pho-van-duc-pho',
          year: 2022,
          document: 'quang-ngai/pho-van-duc-pho/2022-bao-cao-9',
          privacyAllow: [],
          values: [{ indicator: 'online-files-rate', value: 61.5, kind: 'actual', quote: 'đạt 61,5%' }],
        },
      },
      {
        id: 'draft',
        data: {
          unit: 'quang-ngai/pho-van-duc-pho',
          year: 2024,
          document: 'quang-ngai/pho-van-duc-pho/2024-nhap',
          privacyAllow: [],
          values: [{ indicator: 'online-files-rate', value: 99.9, kind: 'actual', quote: 'nháp' }],
        },
      },
    ],
    awards: [
      {
        id: 'tan-hoa-2023',
        data: {
          unit: 'thai-nguyen/tan-hoa-phu-binh',
          year: 2023,
          document: 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127',
          privacyAllow: [],
          tallies: [
            { level: 'tỉnh', category: 'hình thức', name: 'Bằng khen', recipient: 'tập thể', status: 'awarded', count: 1, quote: 'Có 01 Tập thể được UBND tỉnh tặng Bằng khen' },
            { level: 'xã', category: 'hình thức', name: 'Khen thưởng', recipient: 'cá nhân', status: 'awarded', count: 17, quote: '12 tập thể và 17 cá nhân' },
            { level: 'xã', category: 'danh hiệu', name: 'Lao động tiên tiến', recipient: 'cá nhân', status: 'awarded', count: 14, quote: '14 cá nhân' },
            { level: 'tỉnh', name: 'Khen thưởng', recipient: 'cá nhân', status: 'proposed', count: 1, quote: 'Đề nghị 01 cá nhân' },
          ],
        },
      },
      {
        id: 'draft',
        data: {
          unit: 'quang-ngai/pho-van-duc-pho',
          year: 2024,
          document: 'quang-ngai/pho-van-duc-pho/2024-nhap',
          privacyAllow: [],
          tallies: [{ level: 'xã', name: 'Giấy khen', status: 'awarded', count: 999, quote: 'nháp' }],
        },
      },
    ],
    exemplars: [
      {
        id: 'htx-trong-hung',
        data: {
          name: 'HTX nuôi hươu Trọng Hùng',
          kind: 'tập thể',
          unit: 'thai-nguyen/tan-hoa-phu-binh',
          years: [2023],
          movements: [],
          recognitions: [{ category: 'hình thức', name: 'Bằng khen', level: 'tỉnh', year: 2023, status: 'awarded' }],
          source: { document: 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127', quote: 'HTX nuôi hươu Hội CCB Trọng Hùng' },
          privacyAllow: [],
          draft: false,
        },
      },
    ],
  };
}
