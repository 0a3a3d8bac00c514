/**
 * Options of the Sätteri Markdown processor for documents and stories: Vietnamese footnote labels and
 * heading anchors. astro.config.mjs uses them as `markdown: { processor: satteri(markdownOptions()) }`.
 */
import { headingAnchors } from './heading-anchors.ts';

export function markdownOptions() {
  return {
    features: {
      gfm: {
        footnotes: {
          label: 'Chú thích',
          backContent: '↩',
          backLabel: 'Quay lại chỗ đánh dấu chú thích {reference}',
        },
      },
    },
    hastPlugins: [headingAnchors()],
  };
}
