/**
 * The Cloudflare side of the staff workspace: Access settings from the Worker's variables,
 * the team's keys fetched (and cached) with fetch(), the council's calendar from the build.
 * The logic is in core/staff/ and core/access.ts.
 */
import { cachedCerts, usableTeamDomain, localIssuerAllowed, type AccessConfig } from './core/access.ts';
import { handleStaff } from './core/staff/api.ts';
import { countWorried, countWorriedForm } from './core/staff/count.ts';
import { countFormAction } from '../src/worried/count-outcome.ts';
import type { StaffSiteConfig } from './core/staff/store.ts';
import { problem } from './core/http.ts';
import type { Keyring } from './core/seal.ts';
import { d1StaffStore } from './d1-staff-store.ts';

export interface StaffEnv {
  DB: D1Database;
  ASSETS: Fetcher;
  /** The Access team's address, e.g. https://northbridge.cloudflareaccess.com. */
  ACCESS_TEAM_DOMAIN?: string;
  /** The Access application's audience (AUD) tag. */
  ACCESS_AUD?: string;
  /** Who may sign in: addresses and "@domain" entries, comma-separated (default: anyone at the council's email domain). */
  STAFF_ALLOWED_EMAILS?: string;
  /** Access service token client ids a case-management system uses, comma-separated. */
  ACCESS_SERVICE_TOKENS?: string;
  /** Set only by `npm start` (wrangler dev): trust the local issuer on 127.0.0.1. */
  LOCAL_ISSUER?: string;
  /** The Notify template of the "there is an update on your request" email. */
  NOTIFY_TEMPLATE_UPDATE?: string;
}

export const isStaffPath = (pathname: string) =>
  pathname === '/staff' || pathname.startsWith('/staff/') || pathname.startsWith('/api/staff/') || pathname === '/api/count/worried' || pathname === countFormAction;

const list = (value: string | undefined) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);

const certs = cachedCerts(async (url) => {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`Access certs: ${res.status}`);
  return res.json();
});

let siteConfig: Promise<StaffSiteConfig> | undefined;

export async function staff(request: Request, env: StaffEnv, keyring: () => Promise<Keyring>): Promise<Response> {
  const site = () =>
    (siteConfig ??= env.ASSETS.fetch(new URL('/api/staff/site.json', request.url)).then((res) => {
      if (!res.ok) {
        siteConfig = undefined;
        throw new Error(`staff site.json: ${res.status}`);
      }
      return res.json() as Promise<StaffSiteConfig>;
    }));
  const store = d1StaffStore(env.DB);
  const now = () => new Date();
  try {
    const { pathname } = new URL(request.url);
    if (pathname === '/api/count/worried') return await countWorried(request, { store, site, now });
    if (pathname === countFormAction) return await countWorriedForm(request, { store, site, now });
    const teamDomain = usableTeamDomain(request, env.ACCESS_TEAM_DOMAIN, env.LOCAL_ISSUER);
    const allowed = env.STAFF_ALLOWED_EMAILS ? list(env.STAFF_ALLOWED_EMAILS) : [`@${(await site()).staffEmailDomain}`];
    const access: AccessConfig | null =
      teamDomain && env.ACCESS_AUD ? { teamDomain, audience: env.ACCESS_AUD, allowed, serviceTokens: list(env.ACCESS_SERVICE_TOKENS) } : null;
    return await handleStaff(request, {
      access,
      cookieToo: !!teamDomain && localIssuerAllowed(request, teamDomain, env.LOCAL_ISSUER),
      certs,
      now,
      store,
      keyring,
      site,
      asset: (path) => env.ASSETS.fetch(new URL(path, request.url)),
      canNotifySender: !!env.NOTIFY_TEMPLATE_UPDATE,
    });
  } catch (error) {
    console.error('staff failure', error instanceof Error ? error.message : 'unknown');
    return problem(503, 'unavailable', 'The staff workspace could not answer just now. Try again in a minute.', { 'Retry-After': '60' });
  }
}
