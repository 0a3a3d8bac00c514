/** Vietnamese words for the coded values of the datasets, for tables shown to people. */

export const kindLabels: Record<'actual' | 'estimate' | 'target', string> = {
  actual: 'Kết quả',
  estimate: 'Ước đạt',
  target: 'Kế hoạch, chỉ tiêu',
};
