import { toCsv, type CsvValue } from './csv.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { awardColumns, awardRecords } from './award-records.ts';
import { documentColumns, documentRecords } from './document-records.ts';
import { exemplarColumns, exemplarRecords } from './exemplar-records.ts';
import { indicatorColumns, indicatorRecords } from './indicators.ts';
import type { SiteData } from './types.ts';

/** A published dataset: its files, what one record is, and what each column means. */
export interface Dataset {
  /** File name without extension under /du-lieu/, e.g. "chi-so". */
  slug: string;
  title: string;
  /** What one record is, in a sentence. */
  description: string;
  formats: ('csv' | 'json' | 'xlsx')[];
  columns: readonly string[];
  /** Meaning of each column, in Vietnamese. */
  columnHelp: Record<string, string>;
  records: (data: SiteData, catalog: Catalog, base: string) => readonly object[];
  /** Prints exemplars' descriptions: built again when a description alone changed (src/content-model/build-part.ts). */
  exemplarDescriptions?: true;
}

const unitHelp = {
  unit: 'Mã đơn vị hành chính cấp xã: "<tỉnh>/<xã>", như trong địa chỉ trang /don-vi/.',
  unit_name: 'Tên đơn vị theo văn bản, kèm loại (xã, phường, thị trấn).',
  province: 'Tỉnh, thành phố tại thời điểm ban hành văn bản.',
};
const sourceHelp = {
  source_document: 'Mã văn bản nêu số liệu; trang văn bản là /van-ban/<mã>/.',
  source_quote: 'Câu trích nguyên văn từ văn bản.',
};

/** Every dataset of /du-lieu/, in the order the page lists them. */
export const datasets: Dataset[] = [
  {
    slug: 'chi-so',
    title: 'Chỉ số kinh tế – xã hội',
    description: 'Mỗi dòng là một giá trị của một chỉ số do một văn bản nêu, cho một đơn vị và một năm.',
    formats: ['csv', 'xlsx', 'json'],
    columns: indicatorColumns,
    columnHelp: {
      ...unitHelp,
      year: 'Năm mà số liệu nói đến.',
      indicator: 'Mã chỉ số (xem trang /chi-so/).',
      label: 'Tên chỉ số.',
      value: 'Giá trị, số thập phân dùng dấu chấm, không có dấu phân cách hàng nghìn.',
      unit_of_measure: 'Đơn vị tính của giá trị.',
      kind: 'actual: kết quả; estimate: ước đạt; target: kế hoạch, chỉ tiêu.',
      target: 'Kế hoạch, chỉ tiêu mà cùng câu văn nêu để so sánh (nếu có).',
      note: 'Phạm vi của giá trị khi văn bản giới hạn, ví dụ "đến ngày 31/10/2023".',
      ...sourceHelp,
    },
    records: (data, catalog) => indicatorRecords(data, catalog),
  },
  {
    slug: 'khen-thuong',
    title: 'Khen thưởng',
    description: 'Mỗi dòng là một con số khen thưởng do một văn bản nêu: bao nhiêu tập thể hoặc cá nhân nhận (hoặc được đề nghị nhận) một danh hiệu, hình thức.',
    formats: ['csv', 'xlsx', 'json'],
    columns: awardColumns,
    columnHelp: {
      ...unitHelp,
      year: 'Năm của thành tích được khen.',
      level: 'Cấp khen thưởng: Trung ương, tỉnh, huyện, xã; trống khi văn bản không nêu.',
      category: 'danh hiệu (danh hiệu thi đua) hoặc hình thức (hình thức khen thưởng); trống khi không nêu.',
      name: 'Tên danh hiệu, hình thức như văn bản viết, ví dụ "Giấy khen".',
      recipient: 'tập thể, cá nhân hoặc hộ gia đình; trống khi không nêu.',
      status: 'awarded: đã khen thưởng; proposed: đề nghị cấp trên khen thưởng.',
      count: 'Số lượt, số nguyên.',
      ...sourceHelp,
    },
    records: (data, catalog) => awardRecords(data, catalog),
  },
  {
    slug: 'dien-hinh',
    exemplarDescriptions: true,
    title: 'Điển hình tiên tiến',
    description: 'Mỗi dòng là một điển hình tiên tiến (cá nhân, tập thể, hộ gia đình hoặc mô hình) do văn bản nêu tên.',
    formats: ['csv', 'xlsx', 'json'],
    columns: exemplarColumns,
    columnHelp: {
      id: 'Mã điển hình; trang là /dien-hinh/<mã>/.',
      name: 'Tên như văn bản viết.',
      kind: 'cá nhân, tập thể, hộ gia đình hoặc mô hình.',
      ...unitHelp,
      years: 'Các năm được ghi nhận; trong CSV cách nhau bởi "; ", trong JSON là danh sách.',
      movements: 'Mã các phong trào thi đua liên quan (trang /phong-trao/<mã>/).',
      recognitions: 'Danh hiệu, hình thức khen thưởng đã nhận hoặc được đề nghị.',
      description: 'Mô tả ngắn, chỉ dựa theo văn bản.',
      ...sourceHelp,
    },
    records: (data, catalog) => exemplarRecords(data, catalog),
  },
  {
    slug: 'van-ban',
    title: 'Văn bản',
    description: 'Mỗi bản ghi là một văn bản đã công bố: báo cáo, kế hoạch, quyết định… của Ủy ban nhân dân cấp xã.',
    formats: ['json'],
    columns: documentColumns,
    columnHelp: {
      id: 'Mã văn bản.',
      ...unitHelp,
      type: 'Loại văn bản: báo cáo, kế hoạch, quyết định, thông báo, khác.',
      number: 'Số văn bản; trống khi văn bản để trống số.',
      symbol: 'Ký hiệu, ví dụ "BC-UBND".',
      issued_on: 'Ngày ban hành YYYY-MM-DD, hoặc YYYY-MM khi văn bản để trống ngày.',
      title: 'Trích yếu.',
      period_from: 'Năm đầu của thời kỳ văn bản nói đến.',
      period_to: 'Năm cuối của thời kỳ văn bản nói đến.',
      url: 'Địa chỉ trang văn bản trên trang này.',
    },
    records: (data, catalog, base) => documentRecords(data, base, catalog),
  },
];

/** A dataset by slug; throws for an unknown slug so that a typo in an endpoint fails the build. */
export function dataset(slug: string): Dataset {
  const found = datasets.find((d) => d.slug === slug);
  if (!found) throw new Error(`Không có bộ dữ liệu "${slug}" (unknown dataset; known: ${datasets.map((d) => d.slug).join(', ')})`);
  return found;
}

/** The CSV file of a dataset. */
export function datasetCsv(slug: string, data: SiteData, catalog: Catalog = buildCatalog(data), base = '/'): string {
  return recordsCsv(slug, dataset(slug).records(data, catalog, base));
}

/** The JSON file of a dataset: an array of the same records as the CSV, lists kept as arrays. */
export function datasetJson(slug: string, data: SiteData, catalog: Catalog = buildCatalog(data), base = '/'): string {
  return recordsJson(dataset(slug).records(data, catalog, base));
}

/** The CSV file of a dataset's records: its columns, then one line per record. */
export function recordsCsv(slug: string, records: readonly object[]): string {
  return toCsv(dataset(slug).columns, records as Record<string, CsvValue>[]);
}

/** The JSON file of a dataset's records: the records and nothing else. */
export function recordsJson(records: readonly object[]): string {
  return JSON.stringify(records, null, 1) + '\n';
}
