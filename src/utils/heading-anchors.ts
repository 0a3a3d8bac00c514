/**
 * A Sätteri hast plugin that gives every heading of Markdown/MDX content a visible, keyboard-reachable
 * anchor link ("#"), placed next to the heading rather than inside it so the heading's accessible name,
 * the table of contents and the search index stay clean.
 *
 * Astro's own heading-ids step runs after user plugins, so this plugin assigns the ids itself with the same
 * slugger (github-slugger, one instance per document); the later step then keeps them.
 *
 * Used in astro.config.mjs: `markdown: { processor: satteri({ hastPlugins: [headingAnchors()] }) }`.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent } from 'hast';

interface Options {
  /** Visually hidden text before the heading's own text, for screen readers. */
  label?: string;
  /** Lowest heading level that gets an anchor (h1 never does: it is the page title). */
  minDepth?: number;
}

interface Ctx {
  textContent(node: Readonly<Element>): string;
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
  wrapNode(node: Readonly<Element>, parent: Element): void;
}

/** The anchor placed after a heading: "#" for the eye, "Liên kết đến mục: …" for screen readers. */
export function anchorFor(id: string, text: string, label: string): Element {
  const children: ElementContent[] = [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `${label}: ${text}` }] },
  ];
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
    children,
  };
}

/** The plugin factory: one slugger per compiled document. */
export function headingAnchors({ label = 'Liên kết đến mục', minDepth = 2 }: Options = {}) {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'bang-vang:heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node: Readonly<Element>, ctx: Ctx) {
          const text = ctx.textContent(node);
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          // The footnotes' own label is visually hidden: it gets an id but no visible anchor.
          const className = node.properties?.className;
          const hidden = Array.isArray(className) && className.includes('sr-only');
          if (Number(node.tagName[1]) < minDepth || hidden || id === 'footnote-label') return;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrap', `heading-wrap-${node.tagName}`] },
            children: [anchorFor(id, text, label)],
          });
        },
      },
    };
  };
}
