/**
 * The last step of `npm start`: the local sign-in stand-in (src/build/local-issuer.ts) and
 * `wrangler dev`, told to trust that issuer. Only wrangler dev on this machine gets
 * LOCAL_ISSUER; a deployed Worker never has it, and would ignore it (functions/core/access.ts).
 */
import { spawn } from 'node:child_process';
import { localAudience, startLocalIssuer } from './local-issuer.ts';

const port = Number(process.env.PORT ?? 8787);
const siteUrl = `http://127.0.0.1:${port}`;
const issuer = await startLocalIssuer({ siteUrl });
console.log(`Staff sign-in (local stand-in for Cloudflare Access): ${issuer.url}/`);

const wrangler = spawn(
  process.execPath,
  ['node_modules/wrangler/bin/wrangler.js', 'dev', '--ip', '127.0.0.1', '--port', String(port),
    '--var', 'LOCAL_ISSUER:true', '--var', `ACCESS_TEAM_DOMAIN:${issuer.url}`, '--var', `ACCESS_AUD:${localAudience}`],
  { stdio: 'inherit', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false' } },
);
const stop = () => wrangler.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wrangler.on('exit', async (code) => {
  await issuer.close();
  process.exit(code ?? 0);
});
