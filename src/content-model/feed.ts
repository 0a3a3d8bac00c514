import rss from '@astrojs/rss';
import type { StoryEntry } from './stories.ts';
import { storyHref, withBase } from '../utils/url.ts';

/** An RSS 2.0 response listing stories, newest first, in Vietnamese. */
export function storiesFeed(options: { title: string; description: string; site: URL | undefined; stories: StoryEntry[] }) {
  return rss({
    title: options.title,
    description: options.description,
    // The channel link is the site's home under the configured base.
    site: new URL(withBase(), options.site ?? 'http://localhost/').href,
    customData: '<language>vi</language>',
    // Opened in a browser, the feed reads as a page (public/rss.xsl); feed readers ignore the stylesheet.
    stylesheet: withBase('rss.xsl'),
    items: options.stories.map((s) => ({
      title: s.data.title,
      link: storyHref(s.id),
      pubDate: new Date(`${s.data.publishedOn}T00:00:00Z`),
      description: s.data.summary,
      author: s.data.author,
      categories: s.data.sample ? ['Bài mẫu'] : undefined,
    })),
  });
}
