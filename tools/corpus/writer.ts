import type { Block } from './blocks.ts';
import { extraSentences } from './phrases.ts';
import type { Rng } from './prng.ts';
import { sentenceBank } from './sentence-bank.ts';
import { countWords, sentence, type TextContext } from './text.ts';

/** Themes of the sentence bank and of the hand-written templates. */
export type Theme = 'organization' | 'economy' | 'social' | 'security' | 'admin' | 'exemplar' | 'awards' | 'limits' | 'tasks' | 'general' | 'plan';

const pool = (theme: Theme): readonly string[] => [...(sentenceBank[theme] ?? []), ...(extraSentences[theme] ?? [])];

/** Writes prose for one document, avoiding repeating a sentence until a theme's pool is used up. */
export interface Writer {
  /** One sentence from the first theme with one left, in the order given. */
  sentence(themes: readonly Theme[]): string;
  /** A paragraph of `sentences` sentences (2–5 when not given). */
  paragraph(themes: readonly Theme[], sentences?: number): Block;
  /** Paragraphs until about `words` words are written. */
  paragraphs(themes: readonly Theme[], words: number): Block[];
}

/** A writer for one document. */
export function createWriter(ctx: TextContext, rng: Rng): Writer {
  const used = new Set<string>();
  const pick = (themes: readonly Theme[]): string => {
    const candidates = themes.flatMap(pool);
    if (candidates.length === 0) throw new Error(`no sentences for ${themes.join(', ')}`);
    for (let attempt = 0; attempt < 8; attempt++) {
      const template = rng.pick(candidates);
      if (!used.has(template)) {
        used.add(template);
        return template;
      }
    }
    return rng.pick(candidates);
  };
  const writer: Writer = {
    sentence: (themes) => sentence(pick(themes), ctx, rng),
    paragraph: (themes, sentences = rng.int(2, 5)) => ({ kind: 'para', text: Array.from({ length: sentences }, () => writer.sentence(themes)).join(' ') }),
    paragraphs: (themes, words) => {
      const out: Block[] = [];
      let written = 0;
      while (written < words) {
        // Shorter paragraphs near the goal, so a section ends close to its share of words.
        const block = writer.paragraph(themes, Math.max(1, Math.min(rng.int(2, 5), Math.ceil((words - written) / 30))));
        if (block.kind === 'para') written += countWords(block.text);
        out.push(block);
      }
      return out;
    },
  };
  return writer;
}
