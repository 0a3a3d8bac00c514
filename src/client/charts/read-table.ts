/** The figures of a chart table, as the chart needs them. */
export interface TableData {
  /** Row headers: the categories of the x axis (or y axis for horizontal bars). */
  labels: string[];
  series: {
    label: string;
    look: string;
    /** An unknown category, drawn in grey. */
    muted: boolean;
    /** One value per row; null where the table cell is empty. */
    values: (number | null)[];
    /** Whether each value is an estimate (ước đạt). */
    estimates: boolean[];
  }[];
}

/**
 * Reads a server-rendered chart table: column headers with data-look give the series, row headers the
 * categories, and each cell's data-value the raw number (the visible text is formatted for people).
 */
export function readTable(table: HTMLTableElement): TableData {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-look]')];
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  return {
    labels: rows.map((row) => row.querySelector('th')?.textContent?.trim() ?? ''),
    series: headers.map((th, i) => {
      const cells = rows.map((row) => row.querySelectorAll<HTMLTableCellElement>('td[data-series]')[i]);
      return {
        label: th.dataset.label ?? th.textContent?.trim() ?? '',
        look: th.dataset.look ?? 'solid',
        muted: th.dataset.muted !== undefined,
        values: cells.map((td) => (td?.dataset.value ? Number(td.dataset.value) : null)),
        estimates: cells.map((td) => td?.dataset.estimate === 'true'),
      };
    }),
  };
}
