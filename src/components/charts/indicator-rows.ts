import { escapeHTML } from 'astro/runtime/server/escape.js';
import type { IndicatorRecord } from '../../datasets/indicators.ts';
import { kindLabels } from '../../datasets/labels.ts';
import { documentHref, unitHref } from '../../utils/url.ts';
import { quoteHash } from '../../utils/text-fragment.ts';
import { formatNumber } from '../../utils/vietnamese.ts';
import { ui } from '../../i18n/ui.ts';

/**
 * The body rows of an indicator's table of values, as one HTML string: the unit, year, kind, value, plan, note and
 * the source, linked the way `SourceLink.astro` links it (text fragment after the heading above the quote).
 * A national build writes 4,224 province pages of ≈ 500 rows; as Astro markup each row was a dozen expressions
 * and a component rendered one by one. Every text and attribute value is escaped. `headings[i]` is the id of the
 * heading above record i's quote in its document (`headingBeforeQuote`), if any.
 */
export function indicatorRowsHtml(records: readonly IndicatorRecord[], headings: readonly (string | undefined)[], documentLabels?: Map<string, string>): string {
  let html = '';
  records.forEach((r, i) => {
    const source = documentHref(r.source_document) + quoteHash(r.source_quote, headings[i]);
    html +=
      `<tr><th scope="row"><a href="${escapeHTML(unitHref(r.unit))}">${escapeHTML(r.unit_name)}</a></th>` +
      `<td class="num">${r.year}</td><td>${escapeHTML(kindLabels[r.kind])}</td>` +
      `<td class="num" data-value="${escapeHTML(String(r.value))}">${escapeHTML(formatNumber(r.value))}</td>` +
      `<td class="num">${r.target === null ? '' : escapeHTML(formatNumber(r.target))}</td><td${r.note ? ' class="text"' : ''}>${escapeHTML(r.note ?? '')}</td>` +
      `<td><a href="${escapeHTML(source)}">${escapeHTML(documentLabels?.get(r.source_document) ?? 'Văn bản')}</a>` +
      `<details class="cell-quote"><summary>${ui.quoteSummary}</summary><q>${escapeHTML(r.source_quote)}</q></details></td></tr>`;
  });
  return html;
}
