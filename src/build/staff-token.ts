/**
 * `npm run -s staff-token -- <email>`: prints one token from the local issuer (npm start must
 * have run it), to send as Cf-Access-Jwt-Assertion, e.g.
 *   curl -H "Cf-Access-Jwt-Assertion: $(npm run -s staff-token -- duty.manager@northbridge.example)" http://127.0.0.1:8787/api/staff/requests
 */
import { defaultIssuerFile, signLocalToken } from './local-issuer.ts';

const email = process.argv[2] ?? '';
if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
  console.error('Usage: npm run -s staff-token -- <email address>');
  process.exit(2);
}
try {
  console.log(signLocalToken(defaultIssuerFile, email));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
