import { DateScalar, DecimalScalar } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers';
import { Customer } from './Customer';
import { InsuredObject } from './InsuredObject';
import { NonLifeContract } from './NonLifeContract';
import { NonLifeGuarantee } from './NonLifeGuarantee';
import { Query } from './Query';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Decimal: DecimalScalar,
  Query,
  Customer,
  NonLifeContract,
  NonLifeGuarantee,
  InsuredObject,
};
