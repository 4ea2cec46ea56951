import { DateScalar, DecimalScalar, PercentageScalar } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers';
import { Customer } from './Customer';
import { LifeContract } from './LifeContract';
import { Query } from './Query';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Decimal: DecimalScalar,
  Percentage: PercentageScalar,
  Query,
  Customer,
  LifeContract,
};
