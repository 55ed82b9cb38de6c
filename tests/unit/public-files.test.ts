import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../support/content.ts';
import { robotsTxt, securityTxt } from '../../src/site/public-files.ts';

const demo = loadSiteConfig();
const live = { ...demo, demo: false };

describe('robots.txt', () => {
  it('keeps every search engine out of a demo', () => {
    expect(robotsTxt(demo)).toMatch(/^User-agent: \*\nDisallow: \/$/m);
  });
  it('lets them index a live site (not the editor or the API), pointing at the sitemap', () => {
    const text = robotsTxt(live);
    expect(text).not.toMatch(/^Disallow: \/$/m);
    expect(text).toContain('Disallow: /admin/\nDisallow: /api/');
    expect(text).toContain(`Sitemap: ${demo.service.url}sitemap.xml`);
  });
});

describe('security.txt (RFC 9116)', () => {
  it('names the contact and expiry from site.yaml, with its own address', () => {
    const text = securityTxt(demo, new Date('2026-12-02T08:00:00Z'));
    expect(text).toContain(`Contact: ${demo.security.contact}\n`);
    expect(text).toContain(`Expires: ${demo.security.expires}T23:59:59.000Z\n`);
    expect(text).toContain(`Canonical: ${demo.service.url}.well-known/security.txt\n`);
  });
  it('stops the build once the expiry has passed, saying what to do', () => {
    expect(() => securityTxt({ ...demo, security: { contact: 'mailto:a@b.example', expires: '2026-01-31' } }, new Date('2026-02-01T00:00:00Z'))).toThrow(
      /security\.expires: 2026-01-31 has passed\. Check security\.contact/,
    );
  });
});
