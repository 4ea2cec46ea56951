import { z } from 'zod';
import { badUserInput } from '../../platform/graphql/errors';
import type { ContractNotShown } from './generated/resolvers';

const text = (max: number) => z.string().min(1).max(max);

/**
 * The life subgraph's part of "I can't find my contract", as the gateway hands it over in the
 * Customer representation (`@requires`). A caller sending `_entities` straight to this subgraph
 * writes the representation themselves, so it is checked like any input: it can only ever echo
 * back to that caller what they sent, never anyone's data, and never pass as a non-life contract.
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

/** The life part, or null when it is unknown (the life subgraph failed and its error is in the response). */
export function lifeContractsNotShown(value: unknown): ContractNotShown[] | null {
  const parsed = lifePart.safeParse(value);
  if (!parsed.success)
    throw badUserInput(
      'The life part of contractsNotShown in the Customer representation is not well formed.',
      'lifeContractsNotShown',
    );
  return parsed.data ? parsed.data.map(({ __typename: _typename, ...entry }) => entry) : null;
}
