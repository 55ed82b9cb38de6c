import { localeStaticPaths } from '../../../i18n/routes.ts';
import { finderData } from '../../../directory/finder-data.ts';

/** /<lang>/services/finder.json: the compact index the Worker filters for the filter form (src/directory/finder.ts). */
export const getStaticPaths = localeStaticPaths;

export function GET({ props }: { props: { locale: string } }) {
  return new Response(JSON.stringify(finderData(props.locale)), { headers: { 'Content-Type': 'application/json' } });
}
