import { connect, createServer, type Server, type Socket } from 'node:net';

/** A TCP proxy to a local port that a test can cut (every connection dropped, new ones refused) and heal. */
export class CuttableProxy {
  readonly port: number;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private cutOff = false;

  private constructor(server: Server, port: number) {
    this.server = server;
    this.port = port;
  }

  static start(targetPort: number): Promise<CuttableProxy> {
    return new Promise((resolve) => {
      let proxy: CuttableProxy | null = null;
      const server = createServer((client) => {
        if (!proxy || proxy.cutOff) return void client.destroy();
        const upstream = connect(targetPort, '127.0.0.1');
        for (const s of [client, upstream]) {
          proxy.sockets.add(s);
          s.on('close', () => proxy?.sockets.delete(s));
          s.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.listen(0, '127.0.0.1', () => {
        const addr = server.address();
        proxy = new CuttableProxy(server, typeof addr === 'object' && addr ? addr.port : 0);
        resolve(proxy);
      });
    });
  }

  cut(): void {
    this.cutOff = true;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  heal(): void {
    this.cutOff = false;
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((r) => this.server.close(() => r()));
  }
}
