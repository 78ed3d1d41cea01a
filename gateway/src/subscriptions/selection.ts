import {
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';

/** The operation with every fragment spread replaced by the equivalent inline fragment. */
export function inlineFragments(document: DocumentNode, operation: OperationDefinitionNode): OperationDefinitionNode {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const inline = (selectionSet: SelectionSetNode): SelectionSetNode => ({
    ...selectionSet,
    selections: selectionSet.selections.map((selection): SelectionNode => {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)!;
        return {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: fragment.typeCondition,
          directives: selection.directives,
          selectionSet: inline(fragment.selectionSet),
        };
      }
      return selection.selectionSet ? { ...selection, selectionSet: inline(selection.selectionSet) } : selection;
    }),
  });
  return { ...operation, selectionSet: inline(operation.selectionSet) };
}

const field = (name: string): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } });

function fieldsOf(type: GraphQLNamedType | undefined) {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;
}

/**
 * Keeps only what one subgraph can resolve from a selection (without fragment spreads), and adds
 * `__typename` and `id` to every object of an entity type so the gateway can fetch the rest.
 */
export function pruneToSubgraph(
  selectionSet: SelectionSetNode,
  type: GraphQLNamedType | undefined,
  schema: GraphQLSchema,
  isEntity: (typeName: string) => boolean,
): SelectionSetNode {
  const fields = fieldsOf(type);
  const selections: SelectionNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') {
        selections.push(selection);
        continue;
      }
      const definition = fields?.[selection.name.value];
      if (!definition) continue;
      selections.push(
        selection.selectionSet
          ? {
              ...selection,
              selectionSet: pruneToSubgraph(selection.selectionSet, getNamedType(definition.type), schema, isEntity),
            }
          : selection,
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      if (!inner) continue;
      selections.push({
        ...selection,
        selectionSet: pruneToSubgraph(selection.selectionSet, inner ?? undefined, schema, isEntity),
      });
    }
  }
  if (type && isEntity(type.name)) {
    for (const name of ['__typename', 'id']) {
      if (!selections.some((s) => s.kind === Kind.FIELD && s.name.value === name && !s.alias))
        selections.push(field(name));
    }
  }
  return { kind: Kind.SELECTION_SET, selections };
}

/** Whether a selection asks for any field the given type (in one subgraph's schema) lacks. */
export function asksBeyond(
  selectionSet: SelectionSetNode,
  type: GraphQLNamedType | undefined,
  schema: GraphQLSchema,
): boolean {
  const fields = fieldsOf(type);
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') return false;
      const definition = fields?.[selection.name.value];
      return (
        !definition ||
        (selection.selectionSet ? asksBeyond(selection.selectionSet, getNamedType(definition.type), schema) : false)
      );
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      return asksBeyond(selection.selectionSet, inner ?? undefined, schema);
    }
    return false;
  });
}

/** Two projections of one value merged: objects field by field, lists item by item. */
function mergeProjections(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return b.map((item, i) => mergeProjections(a[i], item));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const merged: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [key, value] of Object.entries(b as Record<string, unknown>))
      merged[key] = key in merged ? mergeProjections(merged[key], value) : value;
    return merged;
  }
  return b;
}

/** Keeps only the response keys a selection asked for (drops the helper fields added for fetching). */
export function project(selectionSet: SelectionSetNode, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => project(selectionSet, item));
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!(key in source)) continue;
        const value = selection.selectionSet ? project(selection.selectionSet, source[key]) : source[key];
        // The same field asked twice (two fragments selecting `outputs`, say) gets both selections.
        result[key] = key in result ? mergeProjections(result[key], value) : value;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        if (!condition || condition === source.__typename || !source.__typename) collect(selection.selectionSet);
      }
    }
  };
  collect(selectionSet);
  return result;
}

/** The operation's variable definitions that a selection actually uses. */
export function usedVariables(
  selectionSet: SelectionSetNode,
  definitions: readonly VariableDefinitionNode[] = [],
): VariableDefinitionNode[] {
  const used = new Set<string>();
  visit(selectionSet, { Variable: (node) => void used.add(node.name.value) });
  return definitions.filter((d) => used.has(d.variable.name.value));
}
