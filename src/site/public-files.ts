import type { SiteConfig } from './config-schema.ts';

/**
 * /robots.txt: while the site is a demo (content/site.yaml demo: true) no search engine may
 * index it; a live site is open to them, apart from the editor and the API.
 */
export function robotsTxt(site: Pick<SiteConfig, 'demo' | 'service'>): string {
  return site.demo
    ? '# A demo site: not for search engines.\nUser-agent: *\nDisallow: /\n'
    : `User-agent: *\nDisallow: /admin/\nDisallow: /api/\n\nSitemap: ${new URL('sitemap.xml', site.service.url).href}\n`;
}

/**
 * /.well-known/security.txt (RFC 9116): who to tell about a security problem. Throws once
 * the date to check it again has passed, so an out-of-date contact is never published.
 */
export function securityTxt(site: Pick<SiteConfig, 'security' | 'service'>, now: Date): string {
  const expires = new Date(`${site.security.expires}T23:59:59Z`);
  if (expires.getTime() <= now.getTime()) {
    throw new Error(`content/site.yaml is not valid:\n  - security.expires: ${site.security.expires} has passed. Check security.contact is still right and set a new date, at most a year ahead.`);
  }
  return [
    `Contact: ${site.security.contact}`,
    `Expires: ${expires.toISOString()}`,
    'Preferred-Languages: en',
    `Canonical: ${new URL('.well-known/security.txt', site.service.url).href}`,
    '',
  ].join('\n');
}
