import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationTypeNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { tooComplex } from '@mam/graphql';

const DEFAULT_LIST_SIZE = 10;
const UNKNOWN_PAGE_SIZE = 100;

function unwrapIsList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Estimated cost of an operation. Each field (every alias counts) costs 1 times the page sizes above
 * it: a `first` argument, 100 when `first` is a variable, 10 for a plain list. A named fragment is
 * measured once per page size it is spread under, so the walk is linear in the document however
 * often fragments spread one another.
 */
export function createCostMeasure(
  fragments: Record<string, FragmentDefinitionNode>,
  lookup: (typeName: string) => GraphQLNamedType | undefined,
) {
  // Cost is linear in the multiplier: a fragment's cost at multiplier 1, keyed by name and page size.
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  function fragmentCost(name: string, pageSize: number | undefined): number {
    const key = `${name}/${pageSize ?? ''}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = fragments[name];
    // Unknown fragments and cycles are reported by graphql-js's own rules.
    if (!fragment || inProgress.has(key)) return 0;
    inProgress.add(key);
    const cost = measure(fragment.selectionSet, lookup(fragment.typeCondition.name.value), 1, pageSize);
    inProgress.delete(key);
    fragmentCosts.set(key, cost);
    return cost;
  }

  function measure(
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType | undefined,
    multiplier: number,
    pageSize?: number,
  ): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field =
          parentType && (isObjectType(parentType) || isInterfaceType(parentType))
            ? parentType.getFields()[selection.name.value]
            : undefined;
        const first = selection.arguments?.find((a) => a.name.value === 'first');
        const requested = first
          ? first.value.kind === Kind.INT
            ? Number(first.value.value)
            : UNKNOWN_PAGE_SIZE
          : undefined;
        const list = Boolean(field && unwrapIsList(field.type));
        // A connection's page size applies to its edges (or nodes), not to its other fields (facets, totals).
        const pageItems =
          pageSize !== undefined && (selection.name.value === 'edges' || selection.name.value === 'nodes');
        const size = pageItems ? pageSize : list ? (requested ?? DEFAULT_LIST_SIZE) : 1;
        const childPageSize = !list && requested !== undefined ? requested : undefined;
        cost += multiplier;
        if (selection.selectionSet)
          cost += measure(
            selection.selectionSet,
            field ? getNamedType(field.type) : undefined,
            multiplier * Math.max(1, size),
            childPageSize,
          );
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        cost += multiplier * fragmentCost(selection.name.value, pageSize);
      } else {
        const typeName = selection.typeCondition?.name.value;
        cost += measure(selection.selectionSet, typeName ? lookup(typeName) : parentType, multiplier, pageSize);
      }
    }
    return cost;
  }

  return (selectionSet: SelectionSetNode, rootType: GraphQLNamedType | undefined) => measure(selectionSet, rootType, 1);
}

/** Refuses operations costlier than `maxCost` (see createCostMeasure), before anything executes. */
export function costLimit(maxCost: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const schema = context.getSchema();
    const fragments = Object.fromEntries(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const measure = createCostMeasure(fragments, (name) => schema.getType(name) ?? undefined);
    return {
      OperationDefinition(node) {
        const root =
          node.operation === OperationTypeNode.QUERY
            ? schema.getQueryType()
            : node.operation === OperationTypeNode.MUTATION
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        const cost = measure(node.selectionSet, root ?? undefined);
        const shown = cost > Number.MAX_SAFE_INTEGER ? `over ${Number.MAX_SAFE_INTEGER}` : String(cost);
        if (cost > maxCost)
          context.reportError(tooComplex(`Operation cost ${shown} exceeds the limit of ${maxCost}`, [node]));
      },
    };
  };
}

export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  /** Aliases in an operation, counted through fragments as often as they are spread. */
  maxAliases: number;
  maxDirectives: number;
}

// GraphQL Armor's rules throw their error by default, which graphql-js does not catch: report it instead.
const armorOptions = (n: number) => ({
  n,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(tooComplex(error.message.replace(/^Syntax Error: /, ''))),
  ],
});

/**
 * The validation rules that bound an operation before it is planned: depth, aliases and directives
 * (GraphQL Armor's rules, each linear in the document) and our cost model.
 */
export function operationLimits(limits: OperationLimits): ValidationRule[] {
  return [
    maxDepthRule({ ...armorOptions(limits.maxDepth), flattenFragments: true }),
    maxAliasesRule(armorOptions(limits.maxAliases)),
    maxDirectivesRule(armorOptions(limits.maxDirectives)),
    costLimit(limits.maxCost),
  ];
}
