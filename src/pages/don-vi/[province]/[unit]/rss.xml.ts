import type { APIContext } from 'astro';
import { getUnits, type UnitEntry } from '../../../../content-model/units.ts';
import { getStories } from '../../../../content-model/stories.ts';
import { storiesFeed } from '../../../../content-model/feed.ts';
import { ui } from '../../../../i18n/ui.ts';
import { unitFullName, unitName } from '../../../../utils/unit-name.ts';

/** One feed per unit: the stories about it. */
export async function getStaticPaths() {
  const { list } = await getUnits();
  return list.map((unit) => {
    const [province, slug] = unit.id.split('/');
    return { params: { province, unit: slug }, props: { unit } };
  });
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
