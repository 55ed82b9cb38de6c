import { problem, json } from './http.ts';
import { checkHttp, endpoints } from './http-checks.ts';
import { createRequest, type RequestDeps } from './requests.ts';
import { checkStatus, type StatusStore } from './status.ts';
import { requestFormPost, statusFormPost, type FormPageDeps } from './form-pages.tsx';
import { servicesFormPath, servicesFormPost } from './finder.tsx';
export { handleOpenReferral, type OpenReferralDeps } from './openreferral.ts';

export interface Deps extends RequestDeps, FormPageDeps {
  /** True when the database answers. */
  databaseHealthy: () => Promise<boolean>;
  statusStore: StatusStore;
}

/** Status checks share the submissions' per-minute limit, counted separately. */
const statusDeps = (deps: Deps) => ({ store: deps.statusStore, countCheck: deps.store.countSubmission, rateLimit: deps.rateLimit, clientKeys: deps.clientKeys, now: deps.now });

/** Routes /api/* requests. Pure: everything it touches comes in through `deps`. */
export async function handleApi(request: Request, deps: Deps): Promise<Response> {
  const { pathname } = new URL(request.url);
  switch (pathname) {
    case '/api/health': {
      const checked = await checkHttp(request, endpoints.health);
      if (checked instanceof Response) return checked;
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
    default:
      return problem(404, 'not_found', 'There is nothing at this address.');
  }
}
