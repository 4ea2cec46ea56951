import { ConfigError } from '../platform/config';
import { adminCall, runAdminCommand } from './identityAdmin';

/**
 * OAuth 2.0 client credentials for brokers' systems (machine to machine, bound to one office):
 *   npm run -s broker-client -- issue B00001      new client id and secret (the secret is shown once)
 *   npm run -s broker-client -- list [B00001]     clients, never their secrets
 *   npm run -s broker-client -- revoke B00001     every client of the office
 *   npm run -s broker-client -- revoke bc_…       one client
 * Revoked clients get no new tokens; tokens already issued expire within CLIENT_TOKEN_TTL_SECONDS.
 */
const USAGE = 'Usage: npm run -s broker-client -- <issue B00001 | list [B00001] | revoke <B00001 | client id>>';
const OFFICE = /^B\d{5}$/;

runAdminCommand(async () => {
  const [command, target] = process.argv.slice(2);
  switch (command) {
    case 'issue':
      if (!target || !OFFICE.test(target)) throw new ConfigError(USAGE);
      return adminCall('POST', '/admin/broker-clients', { brokerId: target });
    case 'list':
      if (target !== undefined && !OFFICE.test(target)) throw new ConfigError(USAGE);
      return adminCall('GET', `/admin/broker-clients${target ? `?brokerId=${target}` : ''}`);
    case 'revoke':
      if (!target) throw new ConfigError(USAGE);
      return adminCall(
        'POST',
        '/admin/broker-clients/revoke',
        OFFICE.test(target) ? { brokerId: target } : { clientId: target },
      );
    default:
      throw new ConfigError(USAGE);
  }
});
