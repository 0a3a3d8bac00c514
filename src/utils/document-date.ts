/** The "place, date" line of an official document: "Tân Hoà, ngày 15 tháng 12 năm 2023". */

/**
 * Place and date as the document prints them. A blank day or month stays visibly blank
 * ("ngày … tháng 10 năm 2023"), as in the draft it comes from.
 */
export function placeDateLine(place: string | undefined, isoDate: string | undefined, blank = '…'): string | undefined {
  if (!isoDate) return place;
  const [year, month, day] = isoDate.split('-');
  const date = `ngày ${day ? Number(day) : blank} tháng ${month ? Number(month) : blank} năm ${year}`;
  return place ? `${place}, ${date}` : date;
}

/** Upper-case type line of the document: "báo cáo" → "BÁO CÁO". "khác" prints nothing. */
export function typeLine(type: string): string | undefined {
  return type === 'khác' ? undefined : type.toLocaleUpperCase('vi');
}
