import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getArgumentValues,
  getVariableValues,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Viewer } from '../platform/auth/viewer';
import { emailAddressKey } from '../platform/emailAddress';
import { rateLimited } from '../platform/graphql/errors';
import { rootFields } from '../platform/graphql/rootFields';
import { HttpError, type RouteHandler } from '../platform/http';
import type { Quota, RateLimiter } from '../platform/rateLimit/RateLimiter';

/**
 * Strict limits on the operations an attacker would repeat: signing in, registering, proving a
 * code (brute force), and sending activation or SMS codes (cost and harassment). Each rule counts
 * per caller (token subject, or client IP when anonymous) and per target account (the e-mail,
 * contract number, … named in the arguments). A root field takes the first rule whose pattern
 * matches its name (`*` matches anything).
 */
export interface StrictRule {
  name: string;
  fields: readonly string[];
  perCaller: Quota;
  perTarget: Quota;
}

export const STRICT_RULES: readonly StrictRule[] = [
  {
    name: 'credentials',
    fields: [
      'signIn*',
      'logIn*',
      'login*',
      'register*',
      'activate*',
      'confirm*',
      'verify*',
      'resetPassword*',
      'changePassword*',
      'changeContactDetails*',
    ],
    perCaller: { points: 20, durationSeconds: 600 },
    perTarget: { points: 10, durationSeconds: 600 },
  },
  {
    name: 'codes',
    fields: ['request*Code*', 'requestPasswordReset*', 'resend*', 'send*'],
    perCaller: { points: 5, durationSeconds: 3_600 },
    perTarget: { points: 3, durationSeconds: 3_600 },
  },
];

/** Arguments (at any depth of an input object) that name the account an operation aims at. */
export const TARGET_ARGUMENTS: readonly string[] = [
  'email',
  'emailAddress',
  'contractNumber',
  'nationalRegisterNumber',
  'mobile',
  'phone',
  'phoneNumber',
  'login',
  'username',
  'customerId',
  'accountId',
];

/** Requests per caller across every operation. */
export const DEFAULT_GENERAL_QUOTA: Quota = { points: 600, durationSeconds: 60 };

/** Requests per client address to the public routes beside /graphql that change something (the OAuth token endpoint). */
export const DEFAULT_PUBLIC_ROUTE_QUOTA: Quota = { points: 30, durationSeconds: 60 };

export interface RateLimitPolicy {
  general: Quota;
  strictRules: readonly StrictRule[];
  targetArguments: readonly string[];
  /** Per client address, on POST routes other parts add beside /graphql; none when absent. */
  publicRoutes?: Quota;
}

export const DEFAULT_RATE_LIMIT_POLICY: RateLimitPolicy = {
  general: DEFAULT_GENERAL_QUOTA,
  strictRules: STRICT_RULES,
  targetArguments: TARGET_ARGUMENTS,
  publicRoutes: DEFAULT_PUBLIC_ROUTE_QUOTA,
};

/** The quotas a RateLimiter needs for a policy: "general", and "<rule>:caller" / "<rule>:target" per strict rule. */
export function quotasOf(policy: RateLimitPolicy): Record<string, Quota> {
  const quotas: Record<string, Quota> = {
    general: policy.general,
    ...(policy.publicRoutes ? { publicRoutes: policy.publicRoutes } : {}),
  };
  for (const rule of policy.strictRules) {
    quotas[`${rule.name}:caller`] = rule.perCaller;
    quotas[`${rule.name}:target`] = rule.perTarget;
  }
  return quotas;
}

const compiledPatterns = new Map<string, RegExp>();

function globToRegExp(pattern: string): RegExp {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

export function strictRuleFor(policy: RateLimitPolicy, fieldName: string): StrictRule | undefined {
  return policy.strictRules.find((rule) => rule.fields.some((pattern) => globToRegExp(pattern).test(fieldName)));
}

/**
 * The caller's address as the first proxy we trust saw it. Behind `trustedProxyHops` proxies the
 * last that many X-Forwarded-For entries were added by them; anything before is client-supplied.
 */
export function clientAddress(req: IncomingMessage, trustedProxyHops: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops === 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustedProxyHops] ?? forwarded[0] ?? socketAddress;
}

/** Whom a caller counts as: the token's subject, or the client address when anonymous. */
export function callerKey(viewer: Viewer, address: string): string {
  return viewer.role === 'anonymous' ? `ip:${address}` : `${viewer.role}:${viewer.subject}`;
}

/**
 * Normalised so every spelling identity takes for one account counts as one: an e-mail address
 * by its key (platform/emailAddress.ts: NFKC, so a full-width "＠" is an "@", and the folding
 * identity finds the account by), other targets in NFKC without case and separators.
 */
function normaliseTarget(value: string): string {
  const key = emailAddressKey(value);
  return key.includes('@') ? key : key.toLowerCase().replace(/[\s./-]/g, '');
}

/** Values of target arguments anywhere in a field's arguments. */
export function targetsIn(args: unknown, names: ReadonlySet<string>, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(args)) for (const item of args) targetsIn(item, names, found);
  else if (args !== null && typeof args === 'object') {
    for (const [key, value] of Object.entries(args)) {
      if (names.has(key.toLowerCase()) && (typeof value === 'string' || typeof value === 'number'))
        found.add(normaliseTarget(String(value)));
      else targetsIn(value, names, found);
    }
  }
  return found;
}

export interface StrictCharge {
  rule: StrictRule;
  targets: Set<string>;
}

/** The strict rules an operation's root fields fall under, with the accounts they target. */
export function strictCharges(
  policy: RateLimitPolicy,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): StrictCharge[] {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType || !isObjectType(rootType)) return [];
  const ruled = rootFields(operation.selectionSet, document).flatMap((node) => {
    const rule = strictRuleFor(policy, node.name.value);
    return rule ? [{ node, rule }] : [];
  });
  // Most operations touch no strict field: they cost no variable coercion here.
  if (ruled.length === 0) return [];
  const targetNames = new Set(policy.targetArguments.map((name) => name.toLowerCase()));
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  const charges: StrictCharge[] = [];
  for (const { node, rule } of ruled) {
    const definition = rootType.getFields()[node.name.value];
    let targets = new Set<string>();
    if (definition && !coerced.errors) {
      try {
        targets = targetsIn(getArgumentValues(definition, node, coerced.coerced), targetNames);
      } catch {
        // Arguments that do not coerce: the gateway rejects the operation before planning it.
      }
    }
    charges.push({ rule, targets });
  }
  return charges;
}

interface RateLimitedContext extends BaseContext {
  /** Whom the general and per-caller limits count this request against. */
  rateLimitCaller: string;
}

/**
 * Charges the strict rules once the operation is known (before it is planned); every root field
 * that falls under a rule is charged, so aliasing a sign-in ten times costs ten attempts.
 */
export function strictRateLimitPlugin<TContext extends RateLimitedContext>(
  limiter: RateLimiter<string>,
  policy: RateLimitPolicy,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, schema, document, operation, request }) {
          if (!operation || policy.strictRules.length === 0) return;
          for (const { rule, targets } of strictCharges(policy, schema, document, operation, request.variables ?? {})) {
            const decisions = await Promise.all([
              limiter.consume(`${rule.name}:caller`, contextValue.rateLimitCaller),
              ...[...targets].map((target) => limiter.consume(`${rule.name}:target`, target)),
            ]);
            const refused = decisions.filter((decision) => !decision.allowed);
            if (refused.length)
              throw rateLimited(
                Math.max(...refused.map((decision) => (decision.allowed ? 0 : decision.retryAfterSeconds))),
                'Too many attempts; wait before trying again.',
              );
          }
        },
      };
    },
  };
}

/** A public route counted per client address against the `publicRoutes` quota; 429 with Retry-After beyond it. */
export function rateLimitedRoute(
  handler: RouteHandler,
  limiter: RateLimiter<string>,
  trustedProxyHops: number,
): RouteHandler {
  return async (request) => {
    const decision = await limiter.consume('publicRoutes', `ip:${clientAddress(request.req, trustedProxyHops)}`);
    if (!decision.allowed) {
      throw new HttpError(429, 'RATE_LIMITED', 'Too many requests; try again later.', {
        'retry-after': String(decision.retryAfterSeconds),
      });
    }
    await handler(request);
  };
}
