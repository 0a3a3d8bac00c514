import type { Cms, H, PreviewProps } from './decap.ts';

/**
 * The preview of a story laid out as the site shows it: headline, summary, byline, cover, body. The site's own
 * stylesheet is registered as the preview style (src/client/admin/main.ts), so it looks like the page.
 */
export function registerPreviews(cms: Cms, h: H): void {
  const StoryPreview = ({ entry, widgetFor, getAsset }: PreviewProps) => {
    const data = (key: string) => entry.getIn(['data', ...key.split('.')]) as string | undefined;
    const cover = data('cover.src');
    return h(
      'main',
      { id: 'main' },
      h(
        'article',
        { className: 'story' },
        h('h1', null, data('title') ?? ''),
        h('p', { className: 'lede' }, data('summary') ?? ''),
        h('p', { className: 'meta' }, [data('publishedOn'), data('author')].filter(Boolean).join(' · ')),
        cover ? h('figure', null, h('img', { src: getAsset(cover)?.toString(), alt: data('cover.alt') ?? '' }), data('cover.credit') ? h('figcaption', { className: 'meta' }, data('cover.credit')) : null) : null,
        h('div', { className: 'story-body' }, widgetFor('body')),
      ),
    );
  };
  cms.registerPreviewTemplate('stories', StoryPreview);
}
