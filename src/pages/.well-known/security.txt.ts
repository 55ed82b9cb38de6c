import { build, content } from 'virtual:fhp/content';
import { securityTxt } from '../../site/public-files.ts';

export function GET() {
  return new Response(securityTxt(content.site, build.buildTime), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
