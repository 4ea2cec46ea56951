import { DateScalar, DecimalScalar } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers';
import { Customer } from './Customer';
import { LifeContract } from './LifeContract';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Decimal: DecimalScalar,
  Customer,
  LifeContract,
};
