import { site } from '../../site/config.ts';
import { buildTime } from '../../site/build-time.ts';
import { securityTxt } from '../../site/public-files.ts';

export function GET() {
  return new Response(securityTxt(site, buildTime), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
