import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ensureDevSecrets } from '../../src/build/dev-secrets.ts';

/** The site as users get it: `wrangler dev` (workerd + local D1) serving dist/ and /api/*. */
export interface RunningSite {
  url: string;
  /** What wrangler dev and the Worker have printed so far. */
  log(): string;
  stop(): Promise<void>;
}

const wrangler = 'node_modules/wrangler/bin/wrangler.js';
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs a wrangler command to completion (Node 24, whatever node started the tests). */
export function wranglerSync(args: string[]): string {
  const result = spawnSync(process.execPath, [wrangler, ...args], { env, encoding: 'utf8', input: '' });
  if (result.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export function applyMigrations(persistTo: string, config?: string) {
  wranglerSync(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo, ...(config ? ['--config', config] : [])]);
}

/** Rows from the local D1 database that `wrangler dev --persist-to` uses. */
export function queryLocalDb<T>(persistTo: string, sql: string): T[] {
  const out = wranglerSync(['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--json', '--command', sql]);
  return JSON.parse(out.slice(out.indexOf('[')))[0].results as T[];
}

export async function startSite(persistTo: string, port?: number, vars: Record<string, string> = {}, extraArgs: string[] = []): Promise<RunningSite> {
  port ??= await freePort();
  ensureDevSecrets();
  const child: ChildProcess = spawn(
    process.execPath,
    [wrangler, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo, '--inspector-port', String(await freePort()), '--show-interactive-dev-session=false', ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]), ...extraArgs],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`wrangler dev did not start in 90 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(-child.pid!, 'SIGTERM'); // the whole group: wrangler and workerd
        setTimeout(() => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'), 5000).unref();
      }),
  };
}
