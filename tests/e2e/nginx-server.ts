// Runs Debian's real nginx on 127.0.0.1 for the browser suite (tests/e2e/nginx-*.e2e.ts) and the
// benchmark (scripts/bench.mjs): a temporary prefix, pid file, logs and temp paths, `daemon off`, a
// free port, and the production build served with deploy/prevent-pathway/site.conf, the same
// include file deploy/nginx.conf uses. Plain Node: no Vitest import, so the benchmark can load it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const deployDir = join(repoRoot, 'deploy');
/** The production build to serve: dist/, or NGINX_DIST_DIR (e.g. a build made with --outDir elsewhere). */
export const distDir = process.env.NGINX_DIST_DIR ?? process.env.E2E_DIST_DIR ?? join(repoRoot, 'dist');

export interface NginxServer {
  /** The app's root URL, ending in "/": http://127.0.0.1:PORT/ */
  baseUrl: string;
  origin: string;
  port: number;
  /** Root URLs of the extra servers, in the order given (other origins: other ports). */
  extraUrls: string[];
  /** What nginx wrote to its error log so far. */
  errorLog(): string;
  stop(): Promise<void>;
}

export interface StartNginxOptions {
  /** Folder to serve as the app; defaults to dist/. */
  root?: string;
  /**
   * Plain static sites (no headers of ours) on further loopback ports, i.e. other origins: for
   * each, given the app's root URL, the site's files as name → content.
   */
  extraSites?: ((appBaseUrl: string) => Record<string, string>)[];
}

/** Debian's nginx: NGINX_PATH, else `nginx` on PATH, else /usr/sbin/nginx (not on a user's PATH). */
export function nginxBinary(): string {
  if (process.env.NGINX_PATH) return process.env.NGINX_PATH;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  throw new Error("nginx is not installed. Install Debian's: apt-get install nginx (bash .ci/run does it), or set NGINX_PATH.");
}

/** The folder of the nginx build's own nginx.conf (where mime.types lives): /etc/nginx on Debian. */
function nginxConfDir(binary: string): string {
  const version = spawnSync(binary, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
  return dirname(confPath);
}

/** Distinct free loopback ports: all are held open together, then released for nginx to bind. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/**
 * A temporary nginx config folder: prevent-pathway/ links to deploy/prevent-pathway/ (so relative
 * includes resolve exactly as they do beside /etc/nginx/nginx.conf) and mime.types to the system's.
 */
export function makeConfDir(binary = nginxBinary()): string {
  const dir = mkdtempSync(join(tmpdir(), 'prevent-pathway-nginx-'));
  symlinkSync(join(deployDir, 'prevent-pathway'), join(dir, 'prevent-pathway'));
  symlinkSync(join(nginxConfDir(binary), 'mime.types'), join(dir, 'mime.types'));
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, 'temp', temp), { recursive: true });
  return dir;
}

/** Directives that keep nginx inside `dir`: its pid file, error log and temp files. */
export function sandboxDirectives(dir: string): { pid: string; errorLog: string; http: string } {
  return {
    pid: `pid ${dir}/nginx.pid;`,
    errorLog: `error_log ${dir}/error.log warn;`,
    http: ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/temp/${t.replace('client_', '')};`).join('\n'),
  };
}

export async function startNginx(options: StartNginxOptions = {}): Promise<NginxServer> {
  // A port found free can be taken by someone else before nginx binds it: then try new ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (attempt >= 3 || !/Address already in use/.test(String(error))) throw error;
    }
  }
}

async function startOnce(options: StartNginxOptions): Promise<NginxServer> {
  const binary = nginxBinary();
  const root = options.root ?? distDir;
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing. Run npm run build first: nginx serves the production build.`);
  }
  const dir = makeConfDir(binary);
  const extraSites = options.extraSites ?? [];
  const [port = 0, ...extraPorts] = await freePorts(1 + extraSites.length);
  const origin = `http://127.0.0.1:${port}`;
  const extraServers = extraSites.map((site, i) => {
    const siteRoot = join(dir, `site-${i}`);
    mkdirSync(siteRoot);
    for (const [name, content] of Object.entries(site(`${origin}/`))) writeFileSync(join(siteRoot, name), content);
    return siteRoot;
  });

  const sandbox = sandboxDirectives(dir);
  // As root, nginx hands requests to an unprivileged worker that may not be able to read a
  // checkout under /root; in a throwaway test server the worker may stay root.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  const conf = `# Written by tests/e2e/nginx-server.ts: the app's server uses deploy/prevent-pathway/site.conf as is.
daemon off;
master_process on;
worker_processes 1;
${user}
${sandbox.pid}
${sandbox.errorLog}
events { worker_connections 256; }

http {
    include mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log ${dir}/access.log;
${sandbox.http}

    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${root};
        include prevent-pathway/site.conf;
    }
${extraServers
  .map(
    (siteRoot, i) => `
    server {
        listen 127.0.0.1:${extraPorts[i]};
        root ${siteRoot};
    }`,
  )
  .join('\n')}
}
`;
  const confFile = join(dir, 'nginx.conf');
  writeFileSync(confFile, conf);

  const child = spawn(binary, ['-p', dir, '-c', confFile, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const errorLog = () => {
    const file = join(dir, 'error.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  // rmSync removes the symlinks in dir, never what they point at (deploy/, /etc/nginx).
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });

  try {
    await waitUntilServing(`${origin}/index.html`, child, exited);
  } catch (error) {
    child.kill('SIGKILL');
    const log = `${output}${errorLog()}`;
    cleanUp();
    throw new Error(`nginx did not start: ${(error as Error).message}\n${log}\nConfig:\n${conf}`, { cause: error });
  }

  return {
    baseUrl: `${origin}/`,
    origin,
    port,
    extraUrls: extraPorts.map((p) => `http://127.0.0.1:${p}/`),
    errorLog,
    async stop() {
      await stopProcess(child, exited);
      cleanUp();
    },
  };
}

async function waitUntilServing(url: string, child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  const deadline = Date.now() + 10_000;
  let early: number | null | undefined;
  void exited.then((code) => (early = code));
  while (Date.now() < deadline) {
    if (early !== undefined || child.exitCode !== null) throw new Error(`nginx exited with code ${early ?? child.exitCode}`);
    const status = await get(url)
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out after 10 s');
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGQUIT'); // graceful shutdown of master and worker
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A plain GET without decompression, so Content-Encoding and sizes are what the server sent. */
export function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.setTimeout(5_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    req.end();
  });
}
