/** The namespaces of identity's keyed hashes: a value hashed for one purpose never matches another. */
export const Purpose = {
  ACTIVATION_CODE: 'activation-code',
  RESET_CODE: 'password-reset-code',
  ONE_TIME_CODE: 'one-time-code',
  SIGN_IN_CHALLENGE: 'sign-in-challenge',
  CONTACT_CHANGE_CHALLENGE: 'contact-change-challenge',
  CONTACT_CHANGE_BINDING: 'contact-change-binding',
  STAFF_SIGN_IN_CHALLENGE: 'staff-sign-in-challenge',
  REFRESH_TOKEN: 'refresh-token',
  LIMIT_SIGN_IN: 'limit:sign-in',
  LIMIT_ONE_TIME_CODE: 'limit:one-time-code',
  LIMIT_ACTIVATION: 'limit:activation',
  LIMIT_PASSWORD_RESET: 'limit:password-reset',
  LIMIT_STAFF_SIGN_IN: 'limit:staff-sign-in',
  LIMIT_STAFF_ONE_TIME_CODE: 'limit:staff-one-time-code',
} as const;
