/**
 * The quote a proposal carries: the sentence it comes from, word for word, so a reviewer checks it at a glance.
 * A very long sentence (a list run on with semicolons) is cut to the clause that holds the figure.
 */
const longSentence = 300;

export function quoteFor(sentence: string, position: number): string {
  if (sentence.length <= longSentence) return sentence;
  let start = 0;
  for (const m of sentence.matchAll(/;\s+/g)) {
    if (position < m.index) return sentence.slice(start, m.index).trim();
    start = m.index + m[0].length;
  }
  return sentence.slice(start).trim();
}
