import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export interface GraphqlHttpServerOptions {
  host: string;
  port: number;
  /** Largest graphql-ws message in bytes (ws's default when unset). */
  maxWebSocketPayload?: number;
}

/**
 * The HTTP side the gateway and every subgraph share: an express app on a Node HTTP server, a
 * graphql-ws endpoint on the same /graphql path, Apollo's drain plugin for that server, listening
 * on host:port, and a close that waits for open connections once Apollo has drained.
 * Made anew for each start; `listen` resolves with the /graphql URL.
 */
export function createGraphqlHttpServer(options: GraphqlHttpServerOptions) {
  const app = express();
  // A GraphQL answer is not cached by validators: no ETag to hash for every response.
  app.set('etag', false);
  const server: Server = createServer(app);
  const webSockets = new WebSocketServer({
    server,
    path: '/graphql',
    ...(options.maxWebSocketPayload ? { maxPayload: options.maxWebSocketPayload } : {}),
  });
  return {
    app,
    server,
    webSockets,
    /** For ApolloServer's plugins: on apollo.stop() it stops new connections and waits for in-flight requests. */
    drainPlugin: ApolloServerPluginDrainHttpServer({ httpServer: server }),
    /** Listens on host and port (0: a free one) and resolves with `http://host:port/graphql`. */
    async listen(): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => resolve());
      });
      return `http://${options.host}:${(server.address() as AddressInfo).port}/graphql`;
    },
    /** The port it listens on (after listen). */
    get port(): number {
      return (server.address() as AddressInfo).port;
    },
    /** Closes the listening socket; call after apollo.stop() has drained the requests. */
    async close(): Promise<void> {
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type GraphqlHttpServer = ReturnType<typeof createGraphqlHttpServer>;
