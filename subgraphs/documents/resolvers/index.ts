import { DateScalar } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers';
import { Customer } from './Customer';
import { Document } from './Document';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Customer,
  Document,
};
