import type { Resolvers } from '../generated/resolvers';
import { Customer } from './Customer';
import { Query } from './Query';

export const resolvers: Resolvers = {
  Query,
  Customer,
};
