import { content } from 'virtual:fhp/content';
import { robotsTxt } from '../site/public-files.ts';

export function GET() {
  return new Response(robotsTxt(content.site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
