import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Emulator, type AppRegistration, type EmuRequest, type Scenario } from '@twin-onboarding/emulator';
import { throwawayCertificate } from './tls';

/**
 * The emulator as a real HTTPS server on 127.0.0.1. Chromium resolves the Microsoft hosts to it, so the app's
 * real redirects, CORS preflights and fetches cross a real network stack. Tests in the same worker reach the
 * emulator object directly to pick a scenario, move its clock and read its request log.
 */
export class EmulatorServer {
  emulator: Emulator;
  private readonly server: Server;
  private readonly app: AppRegistration;

  private constructor(server: Server, app: AppRegistration) {
    this.server = server;
    this.app = app;
    this.emulator = Emulator.create({ scenario: 'happy', app });
  }

  static async start(app: AppRegistration, certDir: string): Promise<EmulatorServer> {
    const tls = throwawayCertificate(certDir);
    // The request handler needs the instance, which needs the server: a holder breaks the cycle.
    const holder: { instance?: EmulatorServer } = {};
    const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) {
          if (typeof value === 'string') headers[name] = value;
          else if (Array.isArray(value)) headers[name] = value.join(', ');
        }
        const request: EmuRequest = {
          method: req.method ?? 'GET',
          url: `https://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`,
          headers,
          body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined,
        };
        holder.instance!.emulator.handle(request).then(
          (response) => {
            res.writeHead(response.status, response.headers);
            res.end(response.body);
          },
          (error: unknown) => {
            res.writeHead(500, { 'content-type': 'text/plain' });
            res.end(`emulator failure: ${String(error)}`);
          },
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.instance = new EmulatorServer(server, app);
    return holder.instance;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** A new world for the next test (a named scenario or a tweaked one); `app` changes the app registration for that test only. */
  reset(scenario: string | Scenario, app: Partial<AppRegistration> = {}): Emulator {
    this.emulator = Emulator.create({ scenario, app: { ...this.app, ...app } });
    return this.emulator;
  }

  /** Requests the emulator answered, as "METHOD host/path" lines, for assertions. */
  requestLines(): string[] {
    return this.emulator.requests.map((r) => `${r.method} ${r.host}${r.path.split('?')[0]}`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
