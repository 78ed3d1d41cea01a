import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { DocumentNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from '@mam/logger';
import type { RequestContext } from './access';
import { errorBody, ErrorCode, kitError } from './errors';
import { CLIENT_HEADER, decodeClientFacts, type ClientFacts } from './client-facts';
import { createErrorFormatter } from './format-error';
import { createIdentityVerifier, createRequestIdentityVerifier, IDENTITY_HEADER, type Identity } from './identity';
import { BINDING_HEADER, subscriptionBody } from './request-binding';
import { httpErrorsAsJson, notFoundAsJson } from './http-errors';
import { createGraphqlHttpServer, type GraphqlHttpServer } from './http-server';
import { inputLimitsPlugin } from './input-limits';

export interface SubgraphServerOptions<Context extends RequestContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Context>;
  gatewaySecret: string;
  host: string;
  port: number;
  logger: Logger;
  /** Builds the resolver context for a verified identity (and the client facts the gateway sent with it). */
  context: (identity: Identity, client?: ClientFacts) => Context;
  /** Whether this instance can serve (its database answers, say); drives /readyz. */
  ready: () => Promise<boolean>;
  /** Further HTTP routes beside /graphql (uploads, media), mounted before it. */
  routes?: (app: express.Express) => void;
  /** Parts that are stuck waiting for a dependency (consumers stalled): shown on /healthz and /readyz. */
  degraded?: () => unknown[];
}

type RawBodyRequest = import('node:http').IncomingMessage & { rawBody?: Buffer };

/** A WebSocket connection's credential: the signed identity and its binding to the one subscription it opens. */
type SocketCredential = {
  token?: string;
  binding?: string;
  identity?: Identity;
  subscribed?: boolean;
};

const unauthenticatedBody = errorBody(
  ErrorCode.UNAUTHENTICATED,
  'Requests must come through the gateway with a valid identity signature',
);

/**
 * An Apollo Federation subgraph over HTTP and graphql-ws on /graphql, with /healthz and /readyz.
 * Every request must carry the gateway's signed identity; anything else is refused unexecuted.
 */
export function createSubgraphServer<Context extends RequestContext>(options: SubgraphServerOptions<Context>) {
  const { logger } = options;
  const verifyIdentity = createRequestIdentityVerifier(options.gatewaySecret);
  const verifyToken = createIdentityVerifier(options.gatewaySecret);
  const schema = buildSubgraphSchema([
    { typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> },
  ]);
  let http: GraphqlHttpServer | undefined;
  let apollo: ApolloServer<Context> | undefined;
  let url = '';
  // After a restart the server comes back on the port it had, so clients' URLs stay valid.
  let boundPort: number | undefined;

  return {
    get url() {
      return url;
    },
    async start(): Promise<string> {
      http = createGraphqlHttpServer({ host: options.host, port: boundPort ?? options.port });
      const { app } = http;
      // The gateway opens one connection per subscription; its identity is bound to that one operation.
      const wsCleanup = useServer<Record<string, unknown>, SocketCredential>(
        {
          schema,
          onConnect: async (ctx) => {
            const { identity, binding } = ctx.connectionParams ?? {};
            if (typeof identity !== 'string' || typeof binding !== 'string' || !(await verifyToken(identity)))
              return false;
            ctx.extra.token = identity;
            ctx.extra.binding = binding;
            return true;
          },
          onSubscribe: async (ctx, _id, payload) => {
            const identity = ctx.extra.subscribed
              ? undefined
              : await verifyIdentity(ctx.extra.token, ctx.extra.binding, {
                  method: 'SUBSCRIBE',
                  path: '/graphql',
                  body: subscriptionBody(payload),
                });
            ctx.extra.subscribed = true;
            if (!identity)
              return [
                kitError(
                  ErrorCode.UNAUTHENTICATED,
                  'Subscriptions must come through the gateway with a valid identity signature',
                ),
              ];
            ctx.extra.identity = identity;
          },
          context: (ctx) => options.context(ctx.extra.identity!),
        },
        http.webSockets,
      );
      apollo = new ApolloServer<Context>({
        schema,
        formatError: createErrorFormatter(logger),
        includeStacktraceInErrorResponses: false,
        // The process that owns this server stops it in order (gateway, services, database) on a signal.
        stopOnTerminationSignals: false,
        plugins: [
          http.drainPlugin,
          ApolloServerPluginInlineTraceDisabled(),
          // No type or field has a cache hint, so the cache-control plugin would only wrap every
          // resolver of every response (a hook per field) to compute a policy that is always "no cache".
          ApolloServerPluginCacheControlDisabled(),
          inputLimitsPlugin(),
          {
            async serverWillStart() {
              return {
                async drainServer() {
                  await wsCleanup.dispose();
                },
              };
            },
          },
        ],
      });
      await apollo.start();

      // A stalled consumer does not stop this instance from serving: it is reported, not failed.
      const stalled = () => options.degraded?.() ?? [];
      app.get('/healthz', (_req, res) => {
        const waiting = stalled();
        res.json({
          status: waiting.length ? 'degraded' : 'ok',
          service: options.name,
          ...(waiting.length ? { stalled: waiting } : {}),
        });
      });
      app.get('/readyz', async (_req, res) => {
        const ready = await options.ready().catch(() => false);
        const waiting = stalled();
        res.status(ready ? 200 : 503).json({
          status: ready ? 'ready' : 'not ready',
          service: options.name,
          ...(waiting.length ? { stalled: waiting } : {}),
        });
      });
      options.routes?.(app);
      app.use(
        '/graphql',
        express.json({ limit: '2mb', verify: (req, _res, raw) => void ((req as RawBodyRequest).rawBody = raw) }),
        async (req, res, next) => {
          const facts = {
            method: req.method,
            path: req.originalUrl,
            body: (req as RawBodyRequest).rawBody,
            client: req.header(CLIENT_HEADER),
          };
          const identity = await verifyIdentity(req.header(IDENTITY_HEADER), req.header(BINDING_HEADER), facts);
          if (!identity) {
            res.status(401).json(unauthenticatedBody);
            return;
          }
          res.locals.identity = identity;
          res.locals.client = decodeClientFacts(facts.client);
          next();
        },
        expressMiddleware(apollo, {
          context: async ({ res }) =>
            options.context(res.locals.identity as Identity, res.locals.client as ClientFacts | undefined),
        }),
      );
      app.use(notFoundAsJson, httpErrorsAsJson(logger));

      url = await http.listen();
      boundPort = http.port;
      logger.info({ url }, `${options.name} subgraph listening`);
      return url;
    },
    /** Stops accepting requests and waits for in-flight ones (graceful drain). */
    async stop(): Promise<void> {
      await apollo?.stop();
      apollo = undefined;
      await http?.close();
      http = undefined;
    },
  };
}

export type SubgraphServer = ReturnType<typeof createSubgraphServer>;
