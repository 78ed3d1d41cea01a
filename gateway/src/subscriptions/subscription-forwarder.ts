import { createClient } from 'graphql-ws';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  getOperationAST,
  isObjectType,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import WebSocket from 'ws';
import type { Identity } from '@mam/graphql';
import type { LiveIdentity } from './live-identity';
import { asksBeyond, inlineFragments, project, pruneToSubgraph, usedVariables } from './selection';

export interface SubgraphEndpoint {
  name: string;
  url: string;
  schema: GraphQLSchema;
}

export interface SubscriptionForwarderOptions {
  apiSchema: GraphQLSchema;
  subgraphs: SubgraphEndpoint[];
  /** The signed identity, bound to this one subscription, that the subgraph's graphql-ws server verifies. */
  connectionParams: (
    identity: Identity,
    payload: { query: string; variables: Record<string, unknown> },
  ) => Promise<Record<string, unknown>>;
  /** Runs a query through the gateway (federated), for the fields other subgraphs own. */
  executeQuery: (query: string, variables: Record<string, unknown>, identity: Identity) => Promise<ExecutionResult>;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * Apollo Gateway executes no subscriptions, so the gateway forwards each one over graphql-ws to
 * the subgraph that owns its root field, asking only for what that subgraph can resolve, and
 * completes every event through the gateway: an entity (a type with a `Query.<type>(id:)` lookup)
 * whose selection reaches into other subgraphs is fetched by id with the subscriber's selection.
 */
export function createSubscriptionForwarder(options: SubscriptionForwarderOptions) {
  const query = options.apiSchema.getQueryType();
  const isEntity = (typeName: string) =>
    Boolean(query?.getFields()[lowerFirst(typeName)]?.args.some((a) => a.name === 'id'));

  function owner(fieldName: string): SubgraphEndpoint | undefined {
    return options.subgraphs.find((s) => s.schema.getSubscriptionType()?.getFields()[fieldName]);
  }

  async function complete(
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType | undefined,
    value: unknown,
    subgraph: SubgraphEndpoint,
    args: ExecutionArgs,
    identity: Identity,
    errors: GraphQLError[],
  ): Promise<unknown> {
    if (value === null || value === undefined || !type) return value;
    if (Array.isArray(value))
      return Promise.all(value.map((item) => complete(selectionSet, type, item, subgraph, args, identity, errors)));
    const object = value as Record<string, unknown>;
    if (
      isEntity(type.name) &&
      asksBeyond(selectionSet, subgraph.schema.getType(type.name) ?? undefined, subgraph.schema)
    ) {
      return fetchEntity(type.name, String(object.id), selectionSet, args, identity, errors);
    }
    if (!isObjectType(type)) return value;
    const fields = type.getFields();
    const completed: Record<string, unknown> = { ...object };
    const walk = async (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) await walk(selection.selectionSet);
        if (selection.kind !== Kind.FIELD || !selection.selectionSet) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const definition = fields[selection.name.value];
        completed[key] = await complete(
          selection.selectionSet,
          definition ? getNamedType(definition.type) : undefined,
          object[key],
          subgraph,
          args,
          identity,
          errors,
        );
      }
    };
    await walk(selectionSet);
    return completed;
  }

  async function fetchEntity(
    typeName: string,
    id: string,
    selectionSet: SelectionSetNode,
    args: ExecutionArgs,
    identity: Identity,
    errors: GraphQLError[],
  ) {
    const operation = getOperationAST(args.document, args.operationName)!;
    const variables = usedVariables(selectionSet, operation.variableDefinitions);
    const header = ['$gatewayEntityId: ID!', ...variables.map((v) => print(v))].join(', ');
    const text = `query GatewaySubscriptionEntity(${header}) { entity: ${lowerFirst(typeName)}(id: $gatewayEntityId) ${print(selectionSet)} }`;
    const result = await options.executeQuery(text, { ...(args.variableValues ?? {}), gatewayEntityId: id }, identity);
    for (const error of result.errors ?? [])
      errors.push(new GraphQLError(error.message, { extensions: error.extensions }));
    return (result.data as { entity?: unknown } | null | undefined)?.entity ?? null;
  }

  /** One upstream subscription under one identity; what it delivers goes to `deliver`, tagged with its generation. */
  async function openUpstream(
    subgraph: SubgraphEndpoint,
    payload: { query: string; variables: Record<string, unknown> },
    identity: Identity,
    deliver: (item: UpstreamItem) => void,
  ): Promise<() => void> {
    const client = createClient({
      url: subgraph.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: await options.connectionParams(identity, payload),
      retryAttempts: 0,
      lazy: true,
    });
    const unsubscribe = client.subscribe(payload, {
      next: (result) => deliver({ kind: 'result', result: result as FormattedExecutionResult }),
      error: (error) => deliver({ kind: 'error', error }),
      complete: () => deliver({ kind: 'complete' }),
    });
    return () => {
      unsubscribe();
      void client.dispose();
    };
  }

  return {
    /**
     * graphql-ws `subscribe` for the gateway: an async iterator of completed results. The upstream
     * subscription runs under the caller's current identity: when it changes (a role or group
     * change seen by the credential watch), it is re-opened under the new one, and what the old
     * one delivers from then on is dropped; entity fields are fetched under the current identity.
     */
    async subscribe(
      args: ExecutionArgs,
      live: LiveIdentity,
    ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation || operation.operation !== OperationTypeNode.SUBSCRIPTION)
        return { errors: [new GraphQLError('Only subscriptions are served over WebSocket')] };
      const inlined = inlineFragments(args.document, operation);
      const rootField = inlined.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
      const subgraph = rootField?.kind === Kind.FIELD ? owner(rootField.name.value) : undefined;
      if (!subgraph) return { errors: [new GraphQLError('No subgraph serves this subscription')] };

      const subscriptionType = subgraph.schema.getSubscriptionType()!;
      const pruned = pruneToSubgraph(inlined.selectionSet, subscriptionType, subgraph.schema, isEntity);
      const forwarded: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [
          {
            ...inlined,
            name: undefined,
            selectionSet: pruned,
            variableDefinitions: usedVariables(pruned, inlined.variableDefinitions),
          },
        ],
      };
      const payload = { query: print(forwarded), variables: (args.variableValues ?? {}) as Record<string, unknown> };
      const apiSubscription = options.apiSchema.getSubscriptionType() ?? undefined;

      const inbox: (UpstreamItem & { generation: number })[] = [];
      let wake: (() => void) | undefined;
      const push = (item: UpstreamItem & { generation: number }) => {
        inbox.push(item);
        wake?.();
      };
      let generation = 0;
      let ended = false;
      let close: (() => void) | undefined;
      const reopen = async () => {
        close?.();
        close = undefined;
        const mine = ++generation;
        const closeThis = await openUpstream(subgraph, payload, live.current, (item) =>
          push({ ...item, generation: mine }),
        );
        if (ended || mine !== generation) closeThis();
        else close = closeThis;
      };
      const stopFollowing = live.onChange(
        () => void reopen().catch((error) => push({ kind: 'error', error, generation })),
      );
      const end = () => {
        if (ended) return;
        ended = true;
        stopFollowing();
        close?.();
        close = undefined;
        wake?.();
      };
      await reopen();

      const next = async (): Promise<IteratorResult<ExecutionResult>> => {
        while (!ended) {
          const item = inbox.shift();
          if (!item) {
            await new Promise<void>((resolve) => (wake = resolve));
            wake = undefined;
            continue;
          }
          if (item.generation !== generation) continue;
          if (item.kind === 'complete') break;
          if (item.kind === 'error') {
            end();
            const errors = Array.isArray(item.error)
              ? (item.error as GraphQLError[])
              : [new GraphQLError('The subscription ended upstream')];
            return {
              value: { errors: errors.map((e) => new GraphQLError(e.message, { extensions: e.extensions })) },
              done: false,
            };
          }
          const { result } = item;
          const identity = live.current;
          const errors: GraphQLError[] = (result.errors ?? []).map(
            (e) => new GraphQLError(e.message, { extensions: e.extensions }),
          );
          const data = result.data
            ? await complete(inlined.selectionSet, apiSubscription, result.data, subgraph, args, identity, errors)
            : result.data;
          if (ended || item.generation !== generation) continue;
          return {
            value: {
              data: project(inlined.selectionSet, data) as Record<string, unknown>,
              ...(errors.length ? { errors } : {}),
            },
            done: false,
          };
        }
        end();
        return { value: undefined, done: true };
      };
      const finish = async (): Promise<IteratorResult<ExecutionResult>> => {
        end();
        return { value: undefined, done: true };
      };
      const iterator: AsyncIterableIterator<ExecutionResult> = {
        next,
        return: finish,
        throw: finish,
        [Symbol.asyncIterator]: () => iterator,
      };
      return iterator;
    },
  };
}

type UpstreamItem =
  { kind: 'result'; result: FormattedExecutionResult } | { kind: 'error'; error: unknown } | { kind: 'complete' };
