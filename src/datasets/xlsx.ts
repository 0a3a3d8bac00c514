import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dataset } from './open-data.ts';

/**
 * Vietnamese column headers of the Excel files. The CSV and JSON keep the short English keys (stable for programs);
 * a spreadsheet is read by people, so its first row says what each column is.
 */
export const xlsxHeaders: Record<string, string> = {
  id: 'Mã',
  unit: 'Mã đơn vị',
  unit_name: 'Tên đơn vị',
  province: 'Tỉnh, thành phố',
  year: 'Năm',
  years: 'Các năm',
  indicator: 'Mã chỉ số',
  label: 'Tên chỉ số',
  value: 'Giá trị',
  unit_of_measure: 'Đơn vị tính',
  kind: 'Loại',
  target: 'Kế hoạch, chỉ tiêu',
  note: 'Ghi chú',
  level: 'Cấp khen thưởng',
  category: 'Danh hiệu hay hình thức',
  name: 'Tên',
  recipient: 'Đối tượng',
  status: 'Tình trạng',
  count: 'Số lượt',
  movements: 'Phong trào',
  recognitions: 'Danh hiệu, hình thức khen thưởng',
  description: 'Mô tả',
  type: 'Loại văn bản',
  number: 'Số',
  symbol: 'Ký hiệu',
  issued_on: 'Ngày ban hành',
  title: 'Trích yếu',
  period_from: 'Từ năm',
  period_to: 'Đến năm',
  url: 'Địa chỉ trang',
  source_document: 'Văn bản nguồn',
  source_quote: 'Câu trích từ văn bản',
};

/**
 * The same .xlsx with every file of its zip dated 1 January 2000: ExcelJS stamps them with the clock, and a build of
 * the same content must give the same bytes (tests/dist/safety-reproducible.test.ts).
 */
async function stableZip(buffer: ArrayBuffer | Uint8Array): Promise<ArrayBuffer> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  const date = new Date(Date.UTC(2000, 0, 1));
  for (const file of Object.values(zip.files)) {
    if (!file.dir) out.file(file.name, await file.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}

/** A cell as Excel should hold it: numbers as numbers, lists joined as in the CSV, empty as empty. */
function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join('; ');
  return typeof value === 'number' ? value : String(value);
}

/**
 * The .xlsx of a dataset: one sheet, Vietnamese headers in a frozen bold first row, the same records as its CSV.
 * The workbook's dates are fixed so the same content gives the same file.
 */
export async function recordsXlsx(slug: string, records: readonly object[]): Promise<ArrayBuffer> {
  const d = dataset(slug);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bảng Vàng';
  workbook.created = workbook.modified = new Date(Date.UTC(2000, 0, 1));
  const sheet = workbook.addWorksheet(d.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = d.columns.map((key) => ({ header: xlsxHeaders[key] ?? key, key, width: key.includes('quote') || key === 'description' || key === 'title' ? 60 : 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const record of records as Record<string, unknown>[]) {
    sheet.addRow(Object.fromEntries(d.columns.map((key) => [key, cell(record[key])])));
  }
  // Stored, not compressed: stableZip compresses the files once, as it writes the zip again.
  return stableZip(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
}
