import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/**
 * A local stand-in for GOV.UK Notify (this machine cannot reach it), speaking its API:
 * POST /v2/notifications/email with a JWT. It checks the token as Notify would and
 * records what was sent. `failNext` makes the next calls fail, as Notify sometimes does.
 */
export interface NotifyStub {
  url: string;
  apiKey: string;
  sent: { email_address: string; template_id: string; reference: string; personalisation: Record<string, string> }[];
  /** Every call that reached the API, failed or not, by our reference. */
  calls: { reference: string; status: number }[];
  rejected: number;
  failNext(count: number): void;
  close(): Promise<void>;
}

const serviceId = '26785a09-ab16-4eb0-8407-a37497a57506';
const secret = '3d844edf-8d35-48ac-975b-e847b4f122b0';

function validToken(header: string | undefined): boolean {
  const token = header?.replace(/^Bearer /, '') ?? '';
  const [head, claims, signature] = token.split('.');
  if (!head || !claims || !signature) return false;
  const expected = createHmac('sha256', secret).update(`${head}.${claims}`).digest('base64url');
  const { iss, iat } = JSON.parse(Buffer.from(claims, 'base64url').toString());
  return expected === signature && iss === serviceId && Math.abs(Date.now() / 1000 - iat) < 30;
}

export async function startNotifyStub(): Promise<NotifyStub> {
  let failures = 0;
  const stub = { sent: [], calls: [], rejected: 0 } as unknown as NotifyStub;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const reply = (status: number, data: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(data));
      if (req.method !== 'POST' || req.url !== '/v2/notifications/email') return reply(404, { errors: [{ error: 'NotFound' }] });
      if (!validToken(req.headers.authorization)) {
        stub.rejected++;
        return reply(403, { errors: [{ error: 'AuthError', message: 'Invalid token' }] });
      }
      const { reference } = JSON.parse(body);
      if (failures > 0) {
        failures--;
        stub.calls.push({ reference, status: 500 });
        return reply(500, { errors: [{ error: 'Exception', message: 'Internal server error' }] });
      }
      stub.calls.push({ reference, status: 201 });
      stub.sent.push(JSON.parse(body));
      reply(201, { id: crypto.randomUUID(), reference: JSON.parse(body).reference });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}`,
    apiKey: `test_key-${serviceId}-${secret}`,
    failNext: (count: number) => void (failures = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
