import { ConfigError } from '../platform/config';
import { adminCall, runAdminCommand } from './identityAdmin';

/**
 * Contact-centre staff accounts (they sign in with signInAsStaff: password, then a code by SMS):
 *   npm run -s staff -- create <email> <mobile>      prints the generated password once
 *   npm run -s staff -- list
 *   npm run -s staff -- disable <email>              no new sign-ins; tokens expire within STAFF_TOKEN_TTL_SECONDS
 *   npm run -s staff -- reset-password <email>       prints a new generated password once
 */
const USAGE = 'Usage: npm run -s staff -- <create <email> <mobile> | list | disable <email> | reset-password <email>>';

runAdminCommand(async () => {
  const [command, email, mobile] = process.argv.slice(2);
  switch (command) {
    case 'create':
      if (!email || !mobile) throw new ConfigError(USAGE);
      return adminCall('POST', '/admin/staff', { email, mobile });
    case 'list':
      return adminCall('GET', '/admin/staff');
    case 'disable':
      if (!email) throw new ConfigError(USAGE);
      return adminCall('POST', '/admin/staff/disable', { email });
    case 'reset-password':
      if (!email) throw new ConfigError(USAGE);
      return adminCall('POST', '/admin/staff/reset-password', { email });
    default:
      throw new ConfigError(USAGE);
  }
});
