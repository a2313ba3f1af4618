import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as netServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { after, before } from 'node:test';
import { repoRoot } from './paths.js';

/** Azurite's documented development account; it is public and only valid against the emulator. */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const CONTAINER = 'actions-results';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = netServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A real Azure Blob service: Azurite from npm, on loopback, with its data in a temp folder. */
export class Azurite {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly port: number,
  ) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}/${ACCOUNT}`;
  }

  static async start(): Promise<Azurite> {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'azurite-'));
    const main = join(repoRoot, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
    const child = spawn(process.execPath, [main, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', dir, '--skipApiVersionCheck', '--loose', '--disableProductStyleUrl'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const az = new Azurite(child, dir, port);
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`Azurite did not start: ${out}`)), 60_000);
      const onData = (d: Buffer) => {
        out += d.toString();
        if (/successfully listen/i.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited with ${code}: ${out}`));
      });
    });
    child.removeAllListeners('exit');
    return az;
  }

  service(): BlobServiceClient {
    return new BlobServiceClient(this.endpoint, new StorageSharedKeyCredential(ACCOUNT, KEY));
  }

  async createContainer(): Promise<void> {
    await this.service().getContainerClient(CONTAINER).createIfNotExists();
  }

  /**
   * A write-only SAS URL for one blob, like the one the results service hands the runner. Signing
   * is local: like the real service, it does not contact the blob store.
   */
  signedUploadUrl(blob: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse('cw'),
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 3_600_000),
      },
      new StorageSharedKeyCredential(ACCOUNT, KEY),
    );
    return `${this.endpoint}/${CONTAINER}/${encodeURIComponent(blob)}?${sas.toString()}`;
  }

  async download(blob: string): Promise<Buffer> {
    return this.service().getContainerClient(CONTAINER).getBlobClient(blob).downloadToBuffer();
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface TwirpCall {
  readonly method: 'CreateArtifact' | 'FinalizeArtifact';
  readonly body: Record<string, unknown>;
  readonly status: number;
}

/**
 * A stand-in for the Actions results service: the two Twirp calls of artifact uploads (v7), whose
 * CreateArtifact hands out a SAS URL into Azurite. `failFirst` answers the first N calls with 503,
 * as a service under load does; `existing` names artifacts the run already has.
 */
export class ResultsService {
  readonly calls: TwirpCall[] = [];
  failFirst = 0;
  readonly existing = new Set<string>();
  private server: Server | undefined;
  private port = 0;

  constructor(private readonly azurite: Azurite) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  async start(): Promise<void> {
    await this.azurite.createContainer();
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body }) => {
          res.writeHead(status, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(body));
        },
        (err: unknown) => {
          res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ code: 'internal', msg: String(err) }));
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const m = /\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(CreateArtifact|FinalizeArtifact)$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !m) return { status: 404, body: { code: 'bad_route', msg: `no route ${req.method} ${req.url}` } };
    const method = m[1] as TwirpCall['method'];
    if (!/^Bearer .+/.test(req.headers.authorization ?? '')) return this.record(method, body, 401, { code: 'unauthenticated', msg: 'no token' });
    if (this.failFirst > 0) {
      this.failFirst--;
      return this.record(method, body, 503, { code: 'unavailable', msg: 'try again' });
    }
    // The client sends protobuf JSON with the proto field names; the ids come from the token's scope.
    if (body.workflow_run_backend_id !== 'run-backend-1' || body.workflow_job_run_backend_id !== 'job-backend-1') {
      return this.record(method, body, 400, { code: 'invalid_argument', msg: 'backend ids do not match the token' });
    }
    const name = String(body.name);
    if (method === 'CreateArtifact') {
      if (this.existing.has(name)) {
        return this.record(method, body, 409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run` });
      }
      this.existing.add(name);
      return this.record(method, body, 200, { ok: true, signed_upload_url: this.azurite.signedUploadUrl(name) });
    }
    return this.record(method, body, 200, { ok: true, artifact_id: '4242' });
  }

  private record(method: TwirpCall['method'], body: Record<string, unknown>, status: number, reply: unknown): { status: number; body: unknown } {
    this.calls.push({ method, body, status });
    return { status, body: reply };
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** An unsigned runtime token whose scope names a run and a job, as the artifact client expects. */
export function runtimeToken(): string {
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.GenericRead Actions.Results:run-backend-1:job-backend-1' })}.`;
}

/** Azurite and the results service in front of it, for one test file. */
export interface ArtifactBackend {
  readonly azurite: Azurite;
  readonly results: ResultsService;
}

/**
 * Starts both before the file's tests and stops them after; the fields are there from the first
 * test on.
 */
export function useArtifactBackend(): ArtifactBackend {
  const backend = {} as { azurite: Azurite; results: ResultsService };
  before(async () => {
    backend.azurite = await Azurite.start();
    backend.results = new ResultsService(backend.azurite);
    await backend.results.start();
  });
  after(async () => {
    await backend.results?.stop();
    await backend.azurite?.stop();
  });
  return backend;
}
