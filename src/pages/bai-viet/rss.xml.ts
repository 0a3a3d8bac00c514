import type { APIContext } from 'astro';
import { getStories } from '../../content-model/stories.ts';
import { storiesFeed } from '../../content-model/feed.ts';
import { ui } from '../../i18n/ui.ts';

/** The site's story feed. */
export async function GET(context: APIContext) {
  const { list } = await getStories();
  return storiesFeed({ title: ui.stories.feedTitle, description: ui.stories.description, site: context.site, stories: list });
}
