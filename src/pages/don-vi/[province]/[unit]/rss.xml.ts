import type { APIContext } from 'astro';
import { getUnits, type UnitEntry } from '../../../../content-model/units.ts';
import { getStories } from '../../../../content-model/stories.ts';
import { storiesFeed } from '../../../../content-model/feed.ts';
import { pageCacheKey } from '../../../../content-model/page-cache-keys.ts';
import { ui } from '../../../../i18n/ui.ts';
import { unitFullName, unitName } from '../../../../utils/unit-name.ts';
import { writesOtherPages } from '../../../../content-model/build-part.ts';

/**
 * One feed per unit: the stories about it, by their frontmatter (title, summary, date, author), which its province's
 * cache key holds with the unit (src/content-model/page-cache-keys.ts).
 */
export async function getStaticPaths() {
  // A shard rebuilt for its stories' bodies keeps this route's pages from its last build.
  if (!writesOtherPages()) return [];
  const { list } = await getUnits();
  return Promise.all(list.map(async (unit) => {
    const [province, slug] = unit.id.split('/');
    return { params: { province, unit: slug }, props: { unit }, cacheKey: await pageCacheKey([unit.id]) };
  }));
}

export async function GET(context: APIContext) {
  const unit = context.props.unit as UnitEntry;
  const stories = (await getStories()).byUnit.get(unit.id) ?? [];
  return storiesFeed({
    title: ui.stories.unitFeedTitle(unitName(unit.data)),
    description: `Bài viết về ${unitFullName(unit.data)}`,
    site: context.site,
    stories,
  });
}
