import type { NonLifeGuaranteeResolvers } from '../generated/resolvers';
import { guaranteeText } from '../guaranteeCatalogue';

export const NonLifeGuarantee: NonLifeGuaranteeResolvers = {
  label: (guarantee, _args, context) => guaranteeText(guarantee.kind, context.language).label,
  covered: (guarantee, _args, context) => [...guaranteeText(guarantee.kind, context.language).covered],
  notCovered: (guarantee, _args, context) => [...guaranteeText(guarantee.kind, context.language).notCovered],
};
