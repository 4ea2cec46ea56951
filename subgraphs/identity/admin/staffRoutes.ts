import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isValidBelgianMobile, normaliseBelgianPhone } from '../../../platform/belgium';
import { HttpError, sendJson, type Route } from '../../../platform/http';
import { requireLoopback } from '../../../platform/loopback';
import { hashPassword } from '../credentials/passwords';
import type { StaffStore } from '../store/StaffStore';
import { checkEmail, maskMobileNumber } from '../validation';
import { adminBody } from './adminRequest';

const email = z
  .string()
  .max(254)
  .transform((value, context) => {
    const checked = checkEmail(value);
    if (checked.ok) return checked.email;
    context.addIssue({
      code: 'custom',
      message:
        checked.message === 'input.email'
          ? 'must be an e-mail address'
          : 'must be an e-mail address in printable ASCII (an IDN domain in its xn-- form)',
    });
    return z.NEVER;
  });
const mobile = z
  .string()
  .max(30)
  .refine(isValidBelgianMobile, 'must be a Belgian mobile number')
  .transform(normaliseBelgianPhone);

const createSchema = z.object({ email, mobile }).strict();
const byEmailSchema = z.object({ email }).strict();

/** An initial password: 144 random bits, handed over once; the staff member may keep it or have it reset. */
const newStaffPassword = (): string => randomBytes(18).toString('base64url');

/**
 * Loopback-only admin routes behind `npm run staff`: create a contact-centre staff account (its
 * password is generated and shown once), list accounts, disable one, give one a new password.
 */
export function staffRoutes(staff: StaffStore): Route[] {
  return [
    {
      method: 'POST',
      path: '/admin/staff',
      handler: async ({ req, res }) => {
        const body = await adminBody(req, createSchema);
        const password = newStaffPassword();
        const created = await staff.create({
          email: body.email,
          mobile: body.mobile,
          passwordHash: await hashPassword(password),
        });
        if (created.outcome === 'email-in-use')
          throw new HttpError(409, 'EMAIL_IN_USE', 'A staff account already uses this e-mail address.');
        sendJson(
          res,
          201,
          { staffId: created.staff.id, email: created.staff.email, password },
          { 'cache-control': 'no-store' },
        );
      },
    },
    {
      method: 'GET',
      path: '/admin/staff',
      handler: async ({ req, res }) => {
        requireLoopback(req);
        const accounts = await staff.list();
        sendJson(
          res,
          200,
          accounts.map((member) => ({
            staffId: member.id,
            email: member.email,
            mobile: maskMobileNumber(member.mobile),
            createdAt: member.createdAt.toISOString(),
            disabledAt: member.disabledAt?.toISOString() ?? null,
          })),
        );
      },
    },
    {
      method: 'POST',
      path: '/admin/staff/disable',
      handler: async ({ req, res }) => {
        const body = await adminBody(req, byEmailSchema);
        if (!(await staff.disable(body.email)))
          throw new HttpError(404, 'UNKNOWN_STAFF', 'No active staff account uses this e-mail address.');
        sendJson(res, 200, { disabled: true });
      },
    },
    {
      method: 'POST',
      path: '/admin/staff/reset-password',
      handler: async ({ req, res }) => {
        const body = await adminBody(req, byEmailSchema);
        const password = newStaffPassword();
        if (!(await staff.setPassword(body.email, await hashPassword(password))))
          throw new HttpError(404, 'UNKNOWN_STAFF', 'No active staff account uses this e-mail address.');
        sendJson(res, 200, { email: body.email.address, password }, { 'cache-control': 'no-store' });
      },
    },
  ];
}
