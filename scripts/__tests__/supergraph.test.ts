import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
} from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { SUPERGRAPH_FILE, composeSupergraph } from '../supergraph';
import { SUBGRAPHS } from '../../platform/topology';
import { subgraphSdl } from '../../platform/schema';

describe('schema/', () => {
  it('composes, and the checked-in supergraph is the fresh composition (run `npm run compose` if not)', () => {
    const result = composeSupergraph();
    if ('errors' in result) throw new Error(result.errors.join('\n'));
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(result.supergraphSdl);
  });

  it('describes every type, field, argument and enum value a client can see', () => {
    const apiSchema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
    const missing: string[] = [];
    for (const type of Object.values(apiSchema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          if ('args' in field)
            for (const arg of field.args)
              if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues())
          if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it.each(SUBGRAPHS.map((s) => s.name))('keeps Customer.id an opaque id in %s', (name) => {
    const schema = buildASTSchema(parse(subgraphSdl(name)), { assumeValid: true, assumeValidSDL: true });
    const customer = schema.getType('Customer');
    expect(isObjectType(customer) && String(customer.getFields()['id']?.type)).toBe('ID!');
  });
});
