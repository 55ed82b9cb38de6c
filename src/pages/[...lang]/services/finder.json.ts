import { localeStaticPaths } from '../../../i18n/routes.ts';
import { content } from 'virtual:fhp/content';
import { finderData } from '../../../directory/finder-data.ts';
import { builtDirectory } from '../../../directory/data.ts';

/** /<lang>/services/finder.json: the compact index the Worker filters for the filter form (src/directory/finder.ts). */
export const getStaticPaths = () => localeStaticPaths(content.site.locales);

export async function GET({ props }: { props: { locale: string } }) {
  return new Response(JSON.stringify(finderData(content, await builtDirectory(content), props.locale)), { headers: { 'Content-Type': 'application/json' } });
}
