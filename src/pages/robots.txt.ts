import { site } from '../site/config.ts';
import { robotsTxt } from '../site/public-files.ts';

export function GET() {
  return new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
