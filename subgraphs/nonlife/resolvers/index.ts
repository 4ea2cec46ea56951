import { DateScalar, DecimalScalar } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers';
import { Customer } from './Customer';
import { NonLifeContract } from './NonLifeContract';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Decimal: DecimalScalar,
  Customer,
  NonLifeContract,
};
