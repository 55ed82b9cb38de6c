import { buildTime } from '../../site/build-time.ts';
import { content } from 'virtual:fhp/content';
import { securityTxt } from '../../site/public-files.ts';

export function GET() {
  return new Response(securityTxt(content.site, buildTime), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
