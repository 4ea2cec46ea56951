import { DateScalar, DateTimeScalar } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers';
import { Broker, BrokerPortfolio, PortfolioEdge } from './Broker';
import { BrokerChange, BrokerChangeDetail, BrokerChangePage, PaperDeliveryDecided } from './BrokerChange';
import { BrokerWebhook, BrokerWebhookAttempt } from './BrokerWebhook';
import { ContactChange, ContactDetailsChanged } from './ContactChange';
import { Customer } from './Customer';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Registration } from './Registration';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Query,
  Mutation,
  Customer,
  Broker,
  BrokerPortfolio,
  PortfolioEdge,
  BrokerChangePage,
  BrokerChange,
  BrokerChangeDetail,
  PaperDeliveryDecided,
  BrokerWebhook,
  BrokerWebhookAttempt,
  ContactChange,
  ContactDetailsChanged,
  Registration,
};
