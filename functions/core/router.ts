import { problem, json } from './http.ts';
import { createRequest, type RequestDeps } from './requests.ts';
import { checkStatus, setStatus, type StatusStore } from './status.ts';
import { requestFormPost, statusFormPost, type FormPageDeps } from './form-pages.tsx';
import { servicesFormPath, servicesFormPost } from './finder.tsx';
export { handleOpenReferral, type OpenReferralDeps } from './openreferral.ts';

export interface Deps extends RequestDeps, FormPageDeps {
  /** True when the database answers. */
  databaseHealthy: () => Promise<boolean>;
  statusStore: StatusStore;
  staffToken: string | undefined;
}

/** Status checks share the submissions' per-minute limit, counted separately. */
const statusDeps = (deps: Deps) => ({ store: deps.statusStore, countCheck: deps.store.countSubmission, rateLimit: deps.rateLimit, now: deps.now });

const staffStatusPath = /^\/api\/requests\/(FHP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})\/status$/;

/** Routes /api/* requests. Pure: everything it touches comes in through `deps`. */
export async function handleApi(request: Request, deps: Deps): Promise<Response> {
  const { pathname } = new URL(request.url);
  switch (pathname) {
    case '/api/health': {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return problem(405, 'method_not_allowed', 'Use GET.', { Allow: 'GET, HEAD' });
      }
      const database = await deps.databaseHealthy();
      return json(database ? 200 : 503, { status: database ? 'ok' : 'unavailable', database: database ? 'ok' : 'unavailable' });
    }
    case '/api/requests':
      return createRequest(request, deps);
    case '/api/status':
      return checkStatus(request, statusDeps(deps));
    case '/api/forms/request':
      return requestFormPost(request, deps);
    case '/api/forms/status':
      return statusFormPost(request, { ...deps, ...statusDeps(deps) });
    case servicesFormPath:
      return servicesFormPost(request, deps);
    default: {
      const staff = staffStatusPath.exec(pathname);
      if (staff) return setStatus(request, staff[1]!, deps.statusStore, deps.staffToken);
      return problem(404, 'not_found', 'There is nothing at this address.');
    }
  }
}
