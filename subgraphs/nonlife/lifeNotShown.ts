import { z } from 'zod';
import { isLifeNotShownSeal } from '../../platform/contractsNotShownSeal';
import { badUserInput } from '../../platform/graphql/errors';
import type { NonLifeContext } from './context';
import type { ContractNotShown } from './generated/resolvers';
import type { CustomerReference } from './model';

const text = (max: number) => z.string().min(1).max(max);

/**
 * The life subgraph's part of "I can't find my contract", as the gateway hands it over in the
 * Customer representation (`@requires`). A caller sending `_entities` straight to this subgraph
 * writes the representation themselves, so it is checked like any input, and entries count only
 * under the life subgraph's seal for this customer and caller: never a life contract the life
 * subgraph did not list, never one passing as a non-life contract.
 */
const lifePart = z
  .array(
    z
      .object({
        __typename: z.literal('ContractNotShown').optional(),
        contractNumber: text(64),
        domain: z.literal('LIFE'),
        productLabel: text(200),
        reason: z.enum(['NICHE_PRODUCT', 'LEGACY_SYSTEM', 'NOT_YET_SUPPORTED']),
        explanation: text(2_000),
        expectedAvailability: text(200).nullable(),
      })
      .strict(),
  )
  .max(500)
  .nullable()
  .optional();

/**
 * The life part, or null when it is unknown (the life subgraph failed and its error is in the
 * response). An empty part needs no seal: it can only hide from the caller what they may see.
 */
export function lifeContractsNotShown(
  customer: CustomerReference,
  context: Pick<NonLifeContext, 'serviceSecret' | 'viewer'>,
): ContractNotShown[] | null {
  const parsed = lifePart.safeParse(customer.lifeContractsNotShown);
  if (!parsed.success)
    throw badUserInput(
      'The life part of contractsNotShown in the Customer representation is not well formed.',
      'lifeContractsNotShown',
    );
  if (!parsed.data) return null;
  const entries = parsed.data.map(({ __typename: _typename, ...entry }) => entry);
  const sealed = isLifeNotShownSeal(
    context.serviceSecret,
    customer.id,
    context.viewer,
    entries,
    customer.lifeContractsNotShownSeal,
  );
  if (entries.length > 0 && !sealed)
    throw badUserInput(
      "The life part of contractsNotShown in the Customer representation does not carry the life service's seal.",
      'lifeContractsNotShownSeal',
    );
  return entries;
}
