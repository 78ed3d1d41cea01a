import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { subgraphFetcher } from './subgraph-fetcher';

const answer = (body: string) =>
  `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: keep-alive\r\n\r\n${body}`;

describe('subgraphFetcher', () => {
  it('sends a request again on a fresh connection when the kept-alive one it reused is reset', async () => {
    // Answers the first request of each connection; resets a connection on its second, as a server
    // closing an idle keep-alive connection at the moment it is reused looks to the client.
    let connections = 0;
    const server = createServer((socket: Socket) => {
      const number = ++connections;
      let requests = 0;
      socket.on('data', () => {
        requests++;
        if (requests === 1) socket.write(answer(JSON.stringify({ connection: number })));
        else socket.resetAndDestroy();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const fetch = subgraphFetcher as unknown as (
      url: string,
      init: { body: string },
    ) => Promise<{ json(): Promise<unknown> }>;
    try {
      expect(await (await fetch(url, { body: '{}' })).json()).toEqual({ connection: 1 });
      expect(await (await fetch(url, { body: '{}' })).json()).toEqual({ connection: 2 });
      expect(connections).toBe(2);
      // A mutation is not sent twice: the subgraph may have applied it before the connection broke.
      await expect(
        fetch(url, { body: '{"query":"mutation { createAsset(input: {title: \\"x\\"}) { id } }"}' }),
      ).rejects.toThrow('ECONNRESET');
      expect(connections).toBe(2);
    } finally {
      server.close();
    }
  });
});
