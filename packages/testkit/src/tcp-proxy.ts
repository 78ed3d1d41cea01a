import { createServer, connect, type Socket } from 'node:net';

export interface TcpProxy {
  /** http://127.0.0.1:port (or host:port with `.address`) in front of the target. */
  url: string;
  address: string;
  /** 'hang': connections are accepted and never answered (a dead peer); 'refuse': closed at once. Open connections are cut either way. */
  cut(mode?: 'hang' | 'refuse'): void;
  /** Forwards again. */
  restore(): void;
  close(): Promise<void>;
}

/** A TCP proxy a test controls, between a service and a server the test must not take down itself. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: 'forward' | 'hang' | 'refuse' = 'forward';
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => undefined);
    if (mode === 'refuse') return void client.destroy();
    if (mode === 'hang') return;
    const upstream = connect(target.port, target.host);
    open.add(upstream);
    upstream.on('close', () => open.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    address: `127.0.0.1:${port}`,
    cut(next = 'hang') {
      mode = next;
      for (const socket of open) socket.destroy();
    },
    restore() {
      mode = 'forward';
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
