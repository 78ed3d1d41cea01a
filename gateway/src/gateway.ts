import { Supergraph } from '@apollo/federation-internals';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  GraphQLError,
  parse,
  type GraphQLSchema,
  print,
  specifiedRules,
  validate,
  type ExecutionResult,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { readFileSync } from 'node:fs';
import {
  bindRequest,
  createErrorFormatter,
  createGraphqlHttpServer,
  createIdentitySigner,
  findInputProblem,
  httpErrorsAsJson,
  inputLimitsPlugin,
  inputProblemError,
  tooComplex as tooComplexError,
  notFoundAsJson,
  subscriptionBody,
  ErrorCode,
  errorCodeOf,
  type GraphqlHttpServer,
  type Identity,
} from '@mam/graphql';
import { serviceUrlVariable } from '@mam/config';
import type { Logger } from '@mam/logger';
import { createApiKeyVerifier } from './auth/api-key';
import { registerAuthRoutes } from './auth/auth-routes';
import { createAuthenticator } from './auth/authenticate';
import { createGuestVerifier, registerGuestRoutes } from './auth/guest';
import { createJwtVerifier } from './auth/jwt';
import { createMembershipResolver } from './auth/principal';
import { createSessionVerifier } from './auth/session';
import { sessionCookieCredential, webSocketAuthorization } from './auth/session-cookie';
import { schemaDetailsShown, type GatewayConfig } from './config';
import { operationLimits } from './limits/operation-limits';
import { findDocumentProblem, guardDocument } from './limits/document-guard';
import { createRequestLimiter, rateLimited } from './limits/request-limiter';
import { SignedIdentityDataSource, type GatewayContext } from './signed-identity-data-source';
import { SUBGRAPHS, supergraphPath, type SubgraphName } from './subgraphs';
import { refuseUnplainPaths } from './request-path';
import { registerReviewDownloads } from './review-downloads';
import { registerUploadProxy } from './upload-proxy';
import { createCredentialWatch, type WatchedConnection } from './subscriptions/credential-watch';
import { liveIdentity, type LiveIdentity } from './subscriptions/live-identity';
import { createSubscriptionForwarder } from './subscriptions/subscription-forwarder';
import { createAppPasswordVerifier } from './dav/dav-auth';
import { createDavMedia } from './dav/dav-media';
import { registerDavRoutes } from './dav/dav-routes';
import { registerWebApp } from './web-app';
import { gatewayOverSupergraph } from './prebuilt-gateway';

interface SocketContext {
  live: LiveIdentity;
}

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
  const urls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, config[serviceUrlVariable(name)]])) as Record<
    SubgraphName,
    string
  >;
  const urlOf = (name: string) =>
    urls[name as SubgraphName] ??
    (() => {
      throw new Error(`unknown subgraph ${name}`);
    })();
  const membershipTtlMs = config.MEMBERSHIP_CACHE_SECONDS * 1000;
  const withMembership = createMembershipResolver({
    assetsUrl: config.ASSETS_URL,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    ttlMs: membershipTtlMs,
  });
  const sessions = createSessionVerifier({
    assetsUrl: config.ASSETS_URL,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    ttlMs: config.SESSION_CACHE_SECONDS * 1000,
  });
  const authenticate = createAuthenticator({
    session: (token) => sessions.verify(token),
    jwt: withMembership(
      createJwtVerifier({
        secret: config.JWT_SECRET,
        jwksUrl: config.JWT_JWKS_URL || undefined,
        issuer: config.JWT_ISSUER || undefined,
        audience: config.JWT_AUDIENCE || undefined,
        maxLifetimeSeconds: config.MAX_TOKEN_LIFETIME_SECONDS,
      }),
    ),
    // Keys are looked up on every request, so a revoked key stops at once.
    apiKey: createApiKeyVerifier({ assetsUrl: config.ASSETS_URL, gatewaySecret: config.GATEWAY_SIGNING_SECRET }),
    guest: createGuestVerifier({
      reviewUrl: config.REVIEW_URL,
      gatewaySecret: config.GATEWAY_SIGNING_SECRET,
      ttlMs: config.SESSION_CACHE_SECONDS * 1000,
    }),
  });
  const validationRules = operationLimits({
    maxDepth: config.MAX_QUERY_DEPTH,
    maxCost: config.MAX_QUERY_COST,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
  });
  const limiter = createRequestLimiter({
    maxConcurrentPerWorkspace: config.MAX_CONCURRENT_PER_WORKSPACE,
    maxConcurrentPerCredential: config.MAX_CONCURRENT_PER_CREDENTIAL,
    ratePerSecond: config.RATE_LIMIT_PER_SECOND,
    burst: config.RATE_LIMIT_BURST,
  });
  const shown = schemaDetailsShown(config);
  const documentLimits = { maxBytes: config.MAX_QUERY_BYTES, maxTokens: config.MAX_QUERY_TOKENS };
  const sign = createIdentitySigner(config.GATEWAY_SIGNING_SECRET);

  const supergraph = Supergraph.build(supergraphSdl);
  const apiSchema = supergraph.apiSchema().toGraphQLJSSchema();
  // Each subgraph's schema as graphql-js, built when a subscription first needs it (most processes never serve one).
  const subgraphs = supergraph
    .subgraphs()
    .values()
    .map((s) => {
      let schema: GraphQLSchema | undefined;
      return {
        name: s.name,
        url: urlOf(s.name),
        get schema() {
          return (schema ??= s.schema.toGraphQLJSSchema());
        },
      };
    });

  let http: GraphqlHttpServer | undefined;
  let apollo: ApolloServer<GatewayContext> | undefined;
  let url = '';

  async function executeQuery(
    query: string,
    variables: Record<string, unknown>,
    identity: Identity,
  ): Promise<ExecutionResult> {
    const response = await apollo!.executeOperation({ query, variables }, { contextValue: { identity } });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported here');
    return response.body.singleResult as ExecutionResult;
  }

  const forwarder = createSubscriptionForwarder({
    apiSchema,
    subgraphs,
    executeQuery,
    connectionParams: async (identity, payload) => {
      const token = await sign(identity);
      return {
        identity: token,
        binding: bindRequest(token, config.GATEWAY_SIGNING_SECRET, {
          method: 'SUBSCRIBE',
          path: '/graphql',
          body: subscriptionBody(payload),
        }),
      };
    },
  });
  const recheckMs = config.SUBSCRIPTION_RECHECK_SECONDS * 1000;
  const credentialWatch = createCredentialWatch({
    intervalMs: recheckMs,
    maxUnverifiedMs: Math.max(30_000, recheckMs * 5),
    logger,
  });

  return {
    get url() {
      return url;
    },
    /**
     * Checks the credential of every open subscription now, instead of at the next periodic check:
     * call it after ending a credential in this process (a sign-out, say). Other instances see the
     * change at their next periodic check.
     */
    recheckSubscriptions: () => credentialWatch.recheck(),
    async start(): Promise<string> {
      // Plans over the supergraph built above, not a second copy built from the same SDL.
      const gateway = gatewayOverSupergraph(supergraph, supergraphSdl, {
        buildService: ({ name }) => new SignedIdentityDataSource(urlOf(name), sign, config.GATEWAY_SIGNING_SECRET),
      });
      http = createGraphqlHttpServer({
        host: config.HOST,
        port: config.PORT,
        maxWebSocketPayload: config.MAX_REQUEST_BYTES,
      });
      const { app } = http;
      app.set('trust proxy', trustedProxies(config.TRUSTED_PROXIES));
      app.use(refuseUnplainPaths());
      const wsCleanup = useServer<Record<string, unknown>, { connection?: WatchedConnection }>(
        {
          schema: apiSchema,
          validate: (schema, document) => validate(schema, document, [...specifiedRules, ...validationRules]),
          // The same bounds as over HTTP before graphql-ws parses: tokens, then input values.
          onSubscribe: (_ctx, _id, payload) => {
            const tooComplex = findDocumentProblem(payload.query, documentLimits);
            if (tooComplex) return [tooComplexError(tooComplex.message)];
            let document;
            try {
              document = parse(payload.query, { maxTokens: config.MAX_QUERY_TOKENS });
            } catch (error) {
              return [error instanceof GraphQLError ? error : new GraphQLError('Syntax Error')];
            }
            const problem = findInputProblem(document, payload.variables, { maxDepth: config.MAX_INPUT_DEPTH });
            return problem ? [inputProblemError(problem)] : undefined;
          },
          onConnect: async (ctx) => {
            // How this connection's caller is authenticated, now and at every re-check.
            const authorization = webSocketAuthorization(ctx.connectionParams?.authorization, ctx.extra.request);
            const reauthenticate = () => authenticate(authorization);
            let identity: Identity;
            try {
              identity = await reauthenticate();
            } catch (error) {
              if (errorCodeOf(error) === ErrorCode.UNAVAILABLE)
                ctx.extra.socket.close(1013, 'Credentials cannot be checked; try again later');
              return false;
            }
            const connection: WatchedConnection = {
              credentialKey: authorization ?? '',
              reauthenticate,
              identity: liveIdentity(identity),
              close: (code, reason) => ctx.extra.socket.close(code, reason),
            };
            ctx.extra.connection = connection;
            credentialWatch.add(connection);
            return true;
          },
          onClose: (ctx) => {
            if (ctx.extra.connection) credentialWatch.remove(ctx.extra.connection);
          },
          subscribe: (args) => forwarder.subscribe(args, (args.contextValue as SocketContext).live) as never,
          execute: (args) =>
            executeQuery(
              print(args.document),
              args.variableValues ?? {},
              (args.contextValue as SocketContext).live.current,
            ),
          context: (ctx): SocketContext => ({ live: ctx.extra.connection!.identity }),
        },
        http.webSockets,
      );
      credentialWatch.start();
      apollo = new ApolloServer<GatewayContext>({
        gateway,
        validationRules,
        // Bounds what reaches the query planner: tokens here, input values in inputLimitsPlugin.
        parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
        introspection: shown.introspection,
        hideSchemaDetailsFromClientErrors: !shown.suggestions,
        formatError: createErrorFormatter(logger),
        includeStacktraceInErrorResponses: false,
        // The process that owns this server stops it in order (gateway, services, database) on a signal.
        stopOnTerminationSignals: false,
        plugins: [
          http.drainPlugin,
          inputLimitsPlugin({ maxDepth: config.MAX_INPUT_DEPTH }),
          {
            async serverWillStart() {
              return {
                async drainServer() {
                  await credentialWatch.stop();
                  await wsCleanup.dispose();
                },
              };
            },
          },
        ],
      });
      await apollo.start();

      app.get('/healthz', (_req, res) => {
        res.json({ status: 'ok', service: 'gateway' });
      });
      app.get('/readyz', async (_req, res) => {
        const checks = await Promise.all(
          Object.values(urls).map((u) =>
            fetch(new URL('/readyz', u), { signal: AbortSignal.timeout(2000) }).then(
              (r) => r.ok,
              () => false,
            ),
          ),
        );
        const ready = checks.every(Boolean);
        res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', service: 'gateway' });
      });
      registerAuthRoutes(app, {
        assetsUrl: config.ASSETS_URL,
        gatewaySecret: config.GATEWAY_SIGNING_SECRET,
        secureCookies: config.PUBLIC_BASE_URL.startsWith('https:'),
        sessions,
        logger,
      });
      registerGuestRoutes(app, { reviewUrl: config.REVIEW_URL, gatewaySecret: config.GATEWAY_SIGNING_SECRET, logger });
      registerReviewDownloads(app, {
        reviewBaseUrl: new URL('/', config.REVIEW_URL).toString(),
        gatewaySecret: config.GATEWAY_SIGNING_SECRET,
        logger,
      });
      app.use(['/graphql', '/files'], sessionCookieCredential({ csrfSecret: config.GATEWAY_SIGNING_SECRET }));
      const trust = app.get('trust proxy fn') as (address: string | undefined, hop: number) => boolean;
      registerUploadProxy(app, {
        ingestBaseUrl: new URL('/', config.INGEST_URL).toString(),
        distributionBaseUrl: new URL('/', config.DISTRIBUTION_URL).toString(),
        sign,
        gatewaySecret: config.GATEWAY_SIGNING_SECRET,
        authenticate,
        publicOrigin: () => (config.PUBLIC_BASE_URL ? new URL(config.PUBLIC_BASE_URL).origin : new URL(url).origin),
        publicOriginConfigured: config.PUBLIC_BASE_URL !== '',
        fromTrustedProxy: (req) => trust(req.socket.remoteAddress, 0),
        logger,
      });
      registerDavRoutes(app, {
        execute: executeQuery,
        media: createDavMedia({
          ingestBaseUrl: new URL('/', config.INGEST_URL).toString(),
          sign,
          gatewaySecret: config.GATEWAY_SIGNING_SECRET,
        }),
        appPassword: createAppPasswordVerifier({
          assetsUrl: config.ASSETS_URL,
          gatewaySecret: config.GATEWAY_SIGNING_SECRET,
        }),
        authenticate,
        admit: (identity, res) => {
          const admission = limiter.admit(identity);
          if (!admission.admitted) {
            res
              .status(429)
              .set('Retry-After', String(admission.retryAfterSeconds))
              .type('text/plain')
              .send('Too many requests\n');
            return false;
          }
          res.once('close', admission.release);
          return true;
        },
        requireTls: config.PUBLIC_BASE_URL.startsWith('https:'),
        logger,
      });
      app.use(
        '/graphql',
        express.json({ limit: config.MAX_REQUEST_BYTES }),
        guardDocument(documentLimits),
        expressMiddleware(apollo, {
          context: async ({ req, res }) => {
            const identity = await authenticate(req.header('authorization'));
            const admission = limiter.admit(identity);
            if (!admission.admitted) throw rateLimited(admission.reason, admission.retryAfterSeconds);
            res.once('close', admission.release);
            return {
              identity,
              client: {
                address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
                userAgent: req.header('user-agent') ?? '',
              },
            };
          },
        }),
      );
      registerWebApp(app);
      app.use(notFoundAsJson, httpErrorsAsJson(logger));

      url = await http.listen();
      logger.info({ url }, 'gateway listening');
      return url;
    },
    async stop(): Promise<void> {
      await apollo?.stop();
      apollo = undefined;
      await http?.close();
      http = undefined;
    },
  };
}

export type Gateway = ReturnType<typeof createGateway>;

/** Express's `trust proxy` setting from TRUSTED_PROXIES: nobody when empty, else the listed addresses, CIDRs or names (`loopback`). */
function trustedProxies(setting: string): string[] | false {
  const list = setting
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : false;
}
