import { content } from 'virtual:fhp/content';
import { builtDirectory } from '../../../directory/data.ts';
import { orukService } from '../../../directory/oruk-export.ts';

/**
 * Every service as ORUK 3.0 JSON, written into dist/ at build. The Worker reads it through
 * the ASSETS binding to answer /openreferral/ (which runs the Worker first, so this file is
 * never served as it is).
 */
export async function GET() {
  const directory = await builtDirectory(content);
  const services = [...directory.services].sort((a, b) => a.name.localeCompare(b.name, 'en')).map((s) => orukService(s, directory, content.site.directory.taxonomy));
  return new Response(JSON.stringify(services), { headers: { 'Content-Type': 'application/json' } });
}
