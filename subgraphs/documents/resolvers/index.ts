import { DateScalar, DateTimeScalar } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers';
import { Customer } from './Customer';
import { Document, DocumentContract } from './Document';
import { DocumentRequest } from './DocumentRequest';
import { LifeContract } from './LifeContract';
import { Mutation } from './Mutation';
import { NonLifeContract } from './NonLifeContract';
import { PaperDeliveryRequest } from './PaperDeliveryRequest';
import { Query } from './Query';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Customer,
  Document,
  DocumentContract,
  DocumentRequest,
  LifeContract,
  NonLifeContract,
  PaperDeliveryRequest,
};
