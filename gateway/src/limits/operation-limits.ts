import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface OperationMeasure {
  depth: number;
  cost: number;
}

const DEFAULT_LIST_SIZE = 10;
const UNKNOWN_PAGE_SIZE = 100;

function unwrapIsList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Depth and estimated cost of a selection, with fragments followed. Each field costs 1 times the
 * page sizes above it: a `first` argument, 100 when `first` is a variable, 10 for a plain list.
 */
export function measureSelection(
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  lookup: (typeName: string) => GraphQLNamedType | undefined,
  multiplier = 1,
  seen: Set<string> = new Set(),
  pageSize?: number,
): OperationMeasure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[selection.name.value] : undefined;
      const first = selection.arguments?.find((a) => a.name.value === 'first');
      const requested = first ? (first.value.kind === Kind.INT ? Number(first.value.value) : UNKNOWN_PAGE_SIZE) : undefined;
      const list = Boolean(field && unwrapIsList(field.type));
      // A connection's page size applies to its edges (or nodes), not to its other fields (facets, totals).
      const pageItems = pageSize !== undefined && (selection.name.value === 'edges' || selection.name.value === 'nodes');
      const size = pageItems ? pageSize : list ? (requested ?? DEFAULT_LIST_SIZE) : 1;
      const childPageSize = !list && requested !== undefined ? requested : undefined;
      cost += multiplier;
      if (selection.selectionSet) {
        const inner = measureSelection(selection.selectionSet, field ? getNamedType(field.type) : undefined, fragments, lookup, multiplier * Math.max(1, size), seen, childPageSize);
        depth = Math.max(depth, inner.depth + 1);
        cost += inner.cost;
      } else {
        depth = Math.max(depth, 1);
      }
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
      if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
      const typeName = fragment.typeCondition?.name.value;
      const inner = measureSelection(fragment.selectionSet, typeName ? lookup(typeName) : parentType, fragments, lookup, multiplier, selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen, pageSize);
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
  }
  return { depth, cost };
}

/** Refuses operations nested deeper than `maxDepth` or costlier than `maxCost`, before anything executes. */
export function operationLimits(limits: { maxDepth: number; maxCost: number }): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const fragments = Object.fromEntries(context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
      const schema = context.getSchema();
      const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      const { depth, cost } = measureSelection(node.selectionSet, root ?? undefined, fragments, (name) => schema.getType(name) ?? undefined);
      if (depth > limits.maxDepth) context.reportError(new GraphQLError(`Operation is nested ${depth} levels deep; the limit is ${limits.maxDepth}`, { nodes: [node], extensions: { code: 'OPERATION_TOO_COMPLEX' } }));
      if (cost > limits.maxCost) context.reportError(new GraphQLError(`Operation cost ${cost} exceeds the limit of ${limits.maxCost}`, { nodes: [node], extensions: { code: 'OPERATION_TOO_COMPLEX' } }));
    },
  });
}
