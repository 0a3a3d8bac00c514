/**
 * The distribution list (Nơi nhận): its label, its items one per line or all on one line ("- Như trên;
 * - UBND tỉnh; - Lưu: VT."), an item wrapped over lines, and where the list stops.
 */
import { countWords, isUpperText, startsLowercase } from './text.ts';

/** "Nơi nhận:" and what follows it on its line. */
export const RECIPIENTS_LABEL = /^Nơi\s+nhận\s*[:.]?\s*(.*)$/isu;

const BULLET = /^[-–—•●▪+*]/u;

/** "- UBND huyện Phú Bình;" → "UBND huyện Phú Bình". */
export function recipientText(text: string): string {
  return text
    .replace(/^[-–—•●▪+*]\s*/u, '')
    .replace(/[;,.]+$/u, '')
    .trim();
}

/** "- Như trên; - UBND tỉnh; - Lưu: VT." → one item each; a dash inside a name ("Lao động - TB và XH") stays. */
export function splitItems(text: string): string[] {
  return text.split(/(?:^|(?<=[;,.)]))\s*(?=[-–—•+]\s)/u).map((item) => item.trim()).filter(Boolean);
}

/**
 * What the typist writes under the "Lưu" item: initials and the number of copies ("Huy (23 bản)", "TH (02b)").
 * It ends that item, whatever the item ended with.
 */
const FILED_COPIES = /^[\p{L}.\s]{0,30}\(\s*\d+\s*(?:bản|b)\s*\)\.?$/iu;
const followsFiling = (text: string, previous: string | undefined) => previous !== undefined && /^[-–—•+]?\s*Lưu\b/u.test(previous) && FILED_COPIES.test(text);

/** Can `text` be a line of the list (an item or an item's continuation) after the items in `items`? */
export function isRecipientLine(text: string, items: string[]): boolean {
  if (countWords(text) > 30) return false;
  if (BULLET.test(text) || /^(?:Lưu|Như\s)/u.test(text)) return true;
  if (followsFiling(text, items[items.length - 1])) return true;
  // A line in capitals is a signature or a heading, unless it is a list of abbreviations ("KTTH, NN, TCCV;").
  if (isUpperText(text) && countWords(text) > 1 && !/[;,]$/u.test(text)) return false;
  const previous = items[items.length - 1];
  // The label is followed by an item, also one without a dash or an end mark ("Ban TT UBTW MTTQ VN; (Để").
  if (previous === undefined) return countWords(text) <= 20;
  if (startsLowercase(text) || !/[;.]$/u.test(previous)) return true;
  // Lists whose dashes were lost still end each item with ";" and the last with ".".
  return /[;,.]$/u.test(text) && countWords(text) <= 20;
}

/** Adds a line to the list: a bulleted line, or one after an item that ended, starts an item; others go on with the last. */
export function addRecipientLine(items: string[], text: string): void {
  const previous = items[items.length - 1];
  const loneBullet = previous !== undefined && /^[-–—•+]$/u.test(previous);
  const joins = previous !== undefined && !BULLET.test(text) && (loneBullet || startsLowercase(text) || !/[;.]$/u.test(previous) || followsFiling(text, previous));
  // A line that goes on with the last item may carry the next items after it ("Dũng (b/c); - Lưu: VT.").
  if (joins) items.splice(-1, 1, ...splitItems(`${previous} ${text}`));
  else items.push(...splitItems(text));
}

/** The items as stored: bullets and closing punctuation taken off, empty ones dropped. */
export function recipientsOf(items: string[]): string[] {
  return items.map(recipientText).filter(Boolean);
}
