import { Supergraph } from '@apollo/federation-internals';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { print, specifiedRules, validate, type ExecutionResult } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createErrorFormatter, createIdentitySigner, type Identity } from '@mam/graphql';
import type { Logger } from '@mam/logger';
import { createApiKeyVerifier } from './auth/api-key';
import { registerAuthRoutes } from './auth/auth-routes';
import { createAuthenticator } from './auth/authenticate';
import { createJwtVerifier } from './auth/jwt';
import { createMembershipResolver } from './auth/principal';
import { createSessionVerifier } from './auth/session';
import { sessionCookieCredential, webSocketAuthorization } from './auth/session-cookie';
import type { GatewayConfig } from './config';
import { operationLimits } from './limits/operation-limits';
import { SignedIdentityDataSource, type GatewayContext } from './signed-identity-data-source';
import { supergraphPath, type SubgraphName } from './subgraphs';
import { registerUploadProxy } from './upload-proxy';
import { createSubscriptionForwarder } from './subscriptions/subscription-forwarder';
import { registerWebApp } from './web-app';

export interface GatewayDeps {
  logger: Logger;
}

/**
 * The only public entry: authenticates callers, plans federated queries over the five subgraphs,
 * forwards subscriptions over graphql-ws on the same /graphql path, and limits operation depth and cost.
 */
export function createGateway(config: GatewayConfig, deps: GatewayDeps) {
  const { logger } = deps;
  const supergraphSdl = readFileSync(supergraphPath, 'utf8');
  const urls: Record<SubgraphName, string> = {
    assets: config.ASSETS_URL,
    ingest: config.INGEST_URL,
    review: config.REVIEW_URL,
    distribution: config.DISTRIBUTION_URL,
    archive: config.ARCHIVE_URL,
  };
  const urlOf = (name: string) => urls[name as SubgraphName] ?? (() => { throw new Error(`unknown subgraph ${name}`); })();
  const membershipTtlMs = config.MEMBERSHIP_CACHE_SECONDS * 1000;
  const withMembership = createMembershipResolver({ assetsUrl: config.ASSETS_URL, gatewaySecret: config.GATEWAY_SIGNING_SECRET, ttlMs: membershipTtlMs });
  const sessions = createSessionVerifier({ assetsUrl: config.ASSETS_URL, gatewaySecret: config.GATEWAY_SIGNING_SECRET, ttlMs: config.SESSION_CACHE_SECONDS * 1000 });
  const authenticate = createAuthenticator({
    session: sessions.verify,
    jwt: withMembership(createJwtVerifier({ secret: config.JWT_SECRET, jwksUrl: config.JWT_JWKS_URL || undefined, issuer: config.JWT_ISSUER || undefined, audience: config.JWT_AUDIENCE || undefined })),
    // Keys are looked up on every request, so a revoked key stops at once.
    apiKey: createApiKeyVerifier({ assetsUrl: config.ASSETS_URL, gatewaySecret: config.GATEWAY_SIGNING_SECRET }),
  });
  const validationRules = [operationLimits({ maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST })];
  const sign = createIdentitySigner(config.GATEWAY_SIGNING_SECRET);

  const supergraph = Supergraph.build(supergraphSdl);
  const apiSchema = supergraph.apiSchema().toGraphQLJSSchema();
  const subgraphs = supergraph.subgraphs().values().map((s) => ({ name: s.name, url: urlOf(s.name), schema: s.schema.toGraphQLJSSchema() }));

  let httpServer: Server | undefined;
  let apollo: ApolloServer<GatewayContext> | undefined;
  let url = '';

  async function executeQuery(query: string, variables: Record<string, unknown>, identity: Identity): Promise<ExecutionResult> {
    const response = await apollo!.executeOperation({ query, variables }, { contextValue: { identity } });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported here');
    return response.body.singleResult as ExecutionResult;
  }

  const forwarder = createSubscriptionForwarder({ apiSchema, subgraphs, signIdentity: sign, executeQuery });

  return {
    get url() {
      return url;
    },
    async start(): Promise<string> {
      const gateway = new ApolloGateway({
        supergraphSdl,
        buildService: ({ name }) => new SignedIdentityDataSource(urlOf(name), sign),
      });
      const app = express();
      if (config.TRUST_PROXY) app.set('trust proxy', config.TRUST_PROXY === 'true' ? true : /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
      const server = createServer(app);
      httpServer = server;
      const wsServer = new WebSocketServer({ server, path: '/graphql' });
      const wsCleanup = useServer<Record<string, unknown>, { identity?: Identity }>(
        {
          schema: apiSchema,
          validate: (schema, document) => validate(schema, document, [...specifiedRules, ...validationRules]),
          onConnect: async (ctx) => {
            try {
              ctx.extra.identity = await authenticate(webSocketAuthorization(ctx.connectionParams?.authorization, ctx.extra.request));
              return true;
            } catch {
              return false;
            }
          },
          subscribe: (args) => forwarder.subscribe(args, (args.contextValue as GatewayContext).identity!),
          execute: (args) =>
             executeQuery(print(args.document), (args.variableValues ?? {}) as Record<string, unknown>, (args.contextValue as GatewayContext).identity!),
          context: (ctx) => ({ identity: ctx.extra.identity }),
        },
        wsServer,
      );
      apollo = new ApolloServer<GatewayContext>({
        gateway,
        validationRules,
        formatError: createErrorFormatter(logger),
        includeStacktraceInErrorResponses: false,
        plugins: [
          ApolloServerPluginDrainHttpServer({ httpServer: server }),
          { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
        ],
      });
      await apollo.start();

      app.get('/healthz', (_req, res) => {
        res.json({ status: 'ok', service: 'gateway' });
      });
      app.get('/readyz', async (_req, res) => {
        const checks = await Promise.all(
          Object.values(urls).map((u) => fetch(new URL('/readyz', u), { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false)),
        );
        const ready = checks.every(Boolean);
        res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', service: 'gateway' });
      });
      registerAuthRoutes(app, { assetsUrl: config.ASSETS_URL, gatewaySecret: config.GATEWAY_SIGNING_SECRET, secureCookies: config.PUBLIC_BASE_URL.startsWith('https:'), sessions, logger });
      app.use(['/graphql', '/files'], sessionCookieCredential({ csrfSecret: config.GATEWAY_SIGNING_SECRET }));
      registerUploadProxy(app, { ingestBaseUrl: new URL('/', config.INGEST_URL).toString(), sign, authenticate, logger });
      app.use(
        '/graphql',
        express.json({ limit: '2mb' }),
        expressMiddleware(apollo, { context: async ({ req }) => ({ identity: await authenticate(req.header('authorization')) }) }),
      );
      registerWebApp(app);

      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, config.HOST, () => resolve());
      });
      url = `http://${config.HOST}:${(server.address() as AddressInfo).port}/graphql`;
      logger.info({ url }, 'gateway listening');
      return url;
    },
    async stop(): Promise<void> {
      await apollo?.stop();
      apollo = undefined;
      if (httpServer?.listening) await new Promise<void>((resolve) => httpServer!.close(() => resolve()));
      httpServer = undefined;
    },
  };
}

export type Gateway = ReturnType<typeof createGateway>;
