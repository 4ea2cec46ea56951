import type { InsuredObjectResolvers } from '../generated/resolvers';

const TYPE_NAMES = { vehicle: 'InsuredVehicle', building: 'InsuredBuilding', household: 'InsuredHousehold' } as const;

export const InsuredObject: InsuredObjectResolvers = {
  __resolveType: (object) => TYPE_NAMES[object.type],
};
