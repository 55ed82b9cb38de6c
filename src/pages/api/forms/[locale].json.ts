/**
 * /api/forms/<locale>.json: the words of the request forms, for the Worker when it answers a
 * form sent without JavaScript. Under /api/ the Worker runs first, so only it reads this file.
 */
import type { APIRoute } from 'astro';
import { content } from 'virtual:fhp/content';
import { allWordsFor } from '../../../request/page-words.ts';

export function getStaticPaths() {
  return content.site.locales.map(({ code }) => ({ params: { locale: code } }));
}

export const GET: APIRoute = ({ params }) => new Response(JSON.stringify(allWordsFor(content, params.locale!)));
