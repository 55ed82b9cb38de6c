import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../cms/config.ts';

/** /admin/config.yml: the editor's configuration, generated from the content schemas. */
export const GET: APIRoute = () =>
  new Response(`# Generated from the zod schemas by src/cms/config.ts: do not edit.\n${stringify(cmsConfig())}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
