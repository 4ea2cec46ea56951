import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';

export type ResponsePath = ReadonlyArray<string | number>;

/** Response keys of the fields a selection set selects, through inline fragments, without `__typename`. */
function responseKeys(selectionSet: SelectionSetNode): string[] {
  const keys = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      for (const key of responseKeys(selection.selectionSet)) keys.add(key);
    }
  }
  return [...keys];
}

/**
 * The parts of its answer a subgraph request asks for, as paths in that subgraph's answer: each
 * root field, or for an entity fetch each field of each entity (`['_entities', 2, 'lifeContracts']`).
 * @apollo/gateway maps such paths onto the client's answer (the third entity's place in it), so
 * an error given one of these paths tells the client exactly which part is missing. The gateway's
 * query planner writes these documents: one operation, fields and inline fragments only.
 */
export function requestedParts(document: DocumentNode, variables: Record<string, unknown> | undefined): ResponsePath[] {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const parts: ResponsePath[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value !== '_entities' || !selection.selectionSet) {
      parts.push([key]);
      continue;
    }
    const representations = variables?.['representations'];
    const count = Array.isArray(representations) ? representations.length : 0;
    const fields = responseKeys(selection.selectionSet);
    for (let index = 0; index < count; index++) for (const field of fields) parts.push([key, index, field]);
  }
  return parts;
}
