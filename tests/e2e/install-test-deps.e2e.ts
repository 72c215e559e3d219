// scripts/install-test-deps.sh on this machine: what `npm test` does first (pretest) and .ci/run calls.
// Nothing is uninstalled: a program is "missing" by running the script with a PATH that leaves it
// out, and --dry-run stops before apt-get.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/install-test-deps.sh', import.meta.url));
const isRoot = process.getuid?.() === 0;
const bash = '/bin/bash';

/** A PATH holding only the shell tools the script uses, the given programs from this machine, and any fakes. */
const dirs: string[] = [];
function pathWith(programs: string[], fakes: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'install-test-deps-'));
  dirs.push(dir);
  chmodSync(dir, 0o755);
  for (const name of ['bash', 'dirname', 'basename', 'id', 'env', ...programs]) {
    const found = spawnSync(bash, ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (!found) throw new Error(`${name} is not installed here`);
    symlinkSync(found, join(dir, name));
  }
  for (const [name, body] of Object.entries(fakes)) {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(options: { path?: string; args?: string[]; env?: Record<string, string>; asNobody?: boolean } = {}) {
  const env: Record<string, string> = { PATH: options.path ?? process.env.PATH ?? '', ...options.env };
  const command = options.asNobody
    ? ['runuser', '-u', 'nobody', '--', 'env', '-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), bash, script, ...(options.args ?? [])]
    : [bash, script, ...(options.args ?? [])];
  const result = spawnSync(command[0]!, command.slice(1), {
    encoding: 'utf8',
    env: options.asNobody ? { PATH: process.env.PATH ?? '' } : env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('installing what the tests need', () => {
  it('with chromium, pdftotext and nginx installed (this machine): says so, changes nothing', () => {
    const result = run();
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe('Test programs: chromium, pdftotext and nginx are installed.\n');
  });

  it.runIf(isRoot)('as root, with Chromium missing: would install only the chromium package with apt-get', () => {
    const result = run({ path: pathWith(['pdftotext', 'nginx']), args: ['--dry-run'] });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Test programs missing: chromium\nWould install with apt-get, as root: apt-get install -y --no-install-recommends chromium\n');
  });

  it.runIf(isRoot)('as root, with Chromium and pdftotext missing: chromium and poppler-utils', () => {
    const result = run({ path: pathWith(['nginx']), args: ['--dry-run'] });
    expect(result.stdout).toMatch(/^Test programs missing: chromium poppler-utils\n.*install -y --no-install-recommends chromium poppler-utils\n$/);
  });

  it('CHROMIUM_PATH set to a file that is not there counts as Chromium missing', () => {
    const result = run({ env: { CHROMIUM_PATH: '/nonexistent/chromium' }, args: ['--dry-run'] });
    expect(result.stdout).toMatch(/^Test programs missing: chromium\n/);
  });

  it.runIf(isRoot)('not root, no sudo: prints the one command to run, exits 1, installs nothing', () => {
    const result = run({ path: pathWith(['pdftotext', 'nginx']), asNobody: true });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('Test programs missing: chromium\n');
    expect(result.stderr).toBe(`They can only be installed as root. Run this one command, then run the tests again:\n  su -c 'bash ${script}'\n`);
  });

  it.runIf(isRoot)('not root, sudo that needs a password and no terminal to ask on: prints "sudo bash …", exits 1', () => {
    const result = run({ path: pathWith(['pdftotext', 'nginx'], { sudo: 'exit 1' }), asNobody: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`\n  sudo bash ${script}\n`);
  });

  it.runIf(isRoot)('not root, sudo without a password: would install through sudo', () => {
    const result = run({ path: pathWith(['pdftotext', 'nginx'], { sudo: 'exit 0' }), asNobody: true, args: ['--dry-run'] });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Would install with apt-get, through sudo: apt-get install -y --no-install-recommends chromium\n');
  });

  it('refuses an option it does not know', () => {
    expect(run({ args: ['--yes'] }).status).toBe(2);
  });
});
