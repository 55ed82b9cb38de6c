/**
 * The Family Help Point team's workspace: /staff/* pages and /api/staff/* for the pages and a
 * council's case-management system. Everything here is behind a checked Access token
 * (core/access.ts) and answered with Cache-Control: no-store. Pure: all it touches comes in
 * through `deps`.
 */
import { json, problem } from '../http.ts';
import { checkJson, endpoints } from '../http-checks.ts';
import { verifyAccessToken, tokenFrom, type AccessConfig, type AccessDeps, type Staff } from '../access.ts';
import { seal, unseal, type Keyring } from '../seal.ts';
import { dueAt, ragState } from '../working-days.ts';
import { referencePattern } from '../../../src/check-status/schema.ts';
import { decisionErrors, decisionSchema, moreInformation, statusAfter } from '../../../src/staff/decisions.ts';
import { wantsUpdates, type FamilyHelpRequest } from '../../../src/request/schema.ts';
import { insightCsv, insightFrom } from './insight.ts';
import type { StaffSiteConfig, StaffStore } from './store.ts';

export interface StaffDeps extends AccessDeps {
  /** null when the Worker has no Access settings: then nobody gets in. */
  access: AccessConfig | null;
  /** Only for the local issuer (npm start): the token may come in Access's cookie. */
  cookieToo: boolean;
  store: StaffStore;
  keyring: () => Promise<Keyring>;
  site: () => Promise<StaffSiteConfig>;
  /** A file from the built site (dist/), read through the static assets binding. */
  asset: (path: string) => Promise<Response>;
  /** Whether senders who asked can be emailed that there is an update (a Notify template is set). */
  canNotifySender: boolean;
}

const noStore = { 'Cache-Control': 'no-store' };
const requestPath = /^\/api\/staff\/requests\/([^/]+)(\/decision)?$/;
const pagePath = /^\/staff\/requests\/([^/]+)\/?$/;

/** 403 with nothing else: the same answer whatever was wrong with the token. */
function refused(pathname: string): Response {
  if (pathname.startsWith('/api/')) return problem(403, 'forbidden', 'Sign in through your council’s staff sign-in to use this.');
  return new Response('<!doctype html><html lang="en"><meta charset="utf-8"><title>Sign in needed</title><p>Sign in through your council’s staff sign-in to use the Family Help Point staff pages.</p></html>', {
    status: 403,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore, 'Content-Security-Policy': "default-src 'none'", 'X-Content-Type-Options': 'nosniff' },
  });
}

export async function handleStaff(request: Request, deps: StaffDeps): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!deps.access) return refused(pathname);
  const access = await verifyAccessToken(tokenFrom(request, deps.cookieToo), deps.access, deps);
  if (!access.ok) {
    console.warn('staff access refused:', access.reason);
    return refused(pathname);
  }
  const staff = access.staff;
  if (pathname === '/staff' || pathname.startsWith('/staff/')) return page(request, pathname, deps);
  if (pathname === '/api/staff/requests') return onlyGet(request) ?? queue(deps);
  if (pathname === '/api/staff/insight') return onlyGet(request) ?? insight(request, deps);
  const match = requestPath.exec(pathname);
  if (match) {
    const reference = match[1]!;
    if (!referencePattern.test(reference)) return problem(404, 'not_found', 'There is no request with that reference.');
    return match[2] ? decide(request, reference, staff, deps) : (onlyGet(request) ?? open(reference, staff, deps));
  }
  return problem(404, 'not_found', 'There is nothing at this address.');
}

function onlyGet(request: Request): Response | null {
  return request.method === 'GET' || request.method === 'HEAD' ? null : problem(405, 'method_not_allowed', 'Use GET.', { Allow: 'GET, HEAD' });
}

/** A staff page from the build; every request's page is the one page, which reads its reference from the address. */
async function page(request: Request, pathname: string, deps: StaffDeps): Promise<Response> {
  const wanted = pagePath.test(pathname) ? '/staff/request/' : pathname;
  const res = await deps.asset(wanted);
  const headers = new Headers(res.headers);
  headers.set('Cache-Control', 'no-store');
  return new Response(request.method === 'HEAD' ? null : res.body, { status: res.status, headers });
}

/** GET /api/staff/requests: undecided requests, urgent first, then the one due soonest. */
async function queue(deps: StaffDeps): Promise<Response> {
  const { calendar } = (await deps.site());
  const now = deps.now();
  const rows = (await deps.store.undecided()).map((f) => {
    const due = dueAt(new Date(f.receivedAt), calendar);
    return { reference: f.reference, kind: f.kind, language: f.language, receivedAt: f.receivedAt, dueAt: due.toISOString(), state: ragState(due, now, calendar.timeZone), urgent: f.urgent };
  });
  rows.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.dueAt.localeCompare(b.dueAt) || a.receivedAt.localeCompare(b.receivedAt));
  return json(200, { requests: rows });
}

/** GET /api/staff/requests/{reference}: unsealed for this view only, and the opening audited. */
async function open(reference: string, staff: Staff, deps: StaffDeps): Promise<Response> {
  const found = await deps.store.request(reference);
  if (!found) return problem(404, 'not_found', 'There is no request with that reference.');
  const at = deps.now().toISOString();
  // Written before anything is shown: no opening goes unrecorded.
  await deps.store.audit('opened', at, reference, staff.who);
  const keyring = await deps.keyring();
  const details = JSON.parse(await unseal(keyring, found.keyId, found.sealed, reference)) as Record<string, unknown>;
  delete details.website;
  const notes = await Promise.all(
    (await deps.store.notes(reference)).map(async (n) => ({ at: n.at, by: n.actor, outcome: n.outcome, reason: await unseal(keyring, n.keyId, n.sealed, `${reference}|note`) })),
  );
  const { calendar } = await deps.site();
  const due = dueAt(new Date(found.receivedAt), calendar);
  return json(200, {
    reference,
    kind: found.kind,
    language: found.language,
    receivedAt: found.receivedAt,
    dueAt: due.toISOString(),
    state: found.outcome ? 'decided' : ragState(due, deps.now(), calendar.timeZone),
    urgent: found.urgent,
    outcome: found.outcome,
    decidedAt: found.decidedAt,
    anonymous: details.kind === 'report-a-concern' && details.anonymous === 'yes',
    details,
    notes,
    history: (await deps.store.history(reference)).map((h) => ({ at: h.at, event: h.event, by: h.actor })),
  });
}

/** POST /api/staff/requests/{reference}/decision with { outcome, reason }. */
async function decide(request: Request, reference: string, staff: Staff, deps: StaffDeps): Promise<Response> {
  // Only from the staff pages (same origin) or a signed-in system (no Origin at all).
  const origin = request.headers.get('Origin');
  if (origin && origin !== new URL(request.url).origin) return problem(403, 'wrong_origin', 'Decisions must come from the staff pages or a signed-in system.');
  // Method, JSON only (a cross-site form cannot send it without asking first), size.
  const checked = await checkJson(request, endpoints.staffDecision);
  if (checked instanceof Response) return checked;
  const data = checked.data;
  const parsed = decisionSchema.safeParse(data);
  if (!parsed.success) {
    const messages = { chooseOne: 'Choose what happens next', required: 'Give a reason for the decision', tooLong: 'The reason must be 2,000 characters or fewer' };
    return problem(400, 'invalid_decision', 'The decision needs checking.', {}, { errors: decisionErrors(data).map((e) => ({ ...e, message: messages[e.code] })) });
  }
  const { outcome, reason } = parsed.data;
  const found = await deps.store.request(reference);
  if (!found) return problem(404, 'not_found', 'There is no request with that reference.');
  if (found.outcome) return problem(409, 'already_decided', `This request was already decided (${found.outcome}).`, {}, { outcome: found.outcome, decidedAt: found.decidedAt });

  const keyring = await deps.keyring();
  const isDecision = outcome !== moreInformation;
  let channels: string[] = [];
  if (isDecision && deps.canNotifySender) {
    const details = JSON.parse(await unseal(keyring, found.keyId, found.sealed, reference)) as FamilyHelpRequest;
    // Only that there is an update, and only to a professional or parent who asked (a parent who said it is safe).
    if (wantsUpdates(details)) channels = ['sender-update'];
  }
  const at = deps.now().toISOString();
  const result = await deps.store.decide({
    reference,
    outcome,
    isDecision,
    status: statusAfter(outcome),
    at,
    actor: staff.who,
    note: await seal(keyring, reason, `${reference}|note`),
    channels,
  });
  if (result === 'already-decided') return problem(409, 'already_decided', 'This request was already decided.');
  return json(200, { reference, outcome, decided: isDecision, decidedAt: isDecision ? at : null, senderWillBeTold: channels.length > 0 });
}

/** GET /api/staff/insight (JSON), or ?format=csv for a spreadsheet. The last 12 weeks. */
async function insight(request: Request, deps: StaffDeps): Promise<Response> {
  const { calendar } = await deps.site();
  const since = new Date(deps.now().getTime() - 12 * 7 * 86_400_000);
  const data = insightFrom(await deps.store.factsSince(since.toISOString()), await deps.store.worriedSince(since.toISOString().slice(0, 10)), calendar);
  if (new URL(request.url).searchParams.get('format') === 'csv') {
    return new Response(insightCsv(data), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="family-help-point-insight.csv"', ...noStore, 'X-Content-Type-Options': 'nosniff' },
    });
  }
  return json(200, data);
}
