import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { content } from 'virtual:fhp/content';
import { cmsConfig } from '../../cms/config.ts';

/** /admin/config.yml: the editor's configuration, generated from the content schemas. */
export const GET: APIRoute = () =>
  new Response(`# Generated from the zod schemas by src/cms/config.ts: do not edit.\n${stringify(cmsConfig(content))}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
