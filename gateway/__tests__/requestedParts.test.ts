import { parse } from 'graphql';
import { requestedParts } from '../requestedParts';

describe('the parts a subgraph request asks for', () => {
  it('are the root fields of a root fetch, by response key', () => {
    expect(requestedParts(parse('{ me { id } second: help { language } __typename }'), {})).toEqual([
      ['me'],
      ['second'],
      ['__typename'],
    ]);
  });

  it("are each field of each entity of an entity fetch, through the planner's inline fragments", () => {
    const document = parse(`
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          __typename
          ... on Customer { lifeContracts { id } alias: lifeContracts { status } }
        }
      }
    `);
    expect(requestedParts(document, { representations: [{ id: 'a' }, { id: 'b' }] })).toEqual([
      ['_entities', 0, 'lifeContracts'],
      ['_entities', 0, 'alias'],
      ['_entities', 1, 'lifeContracts'],
      ['_entities', 1, 'alias'],
    ]);
    expect(requestedParts(document, {})).toEqual([]);
  });
});
