import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface PrivateSshd {
  host: string;
  port: number;
  /** The user the server lets in with `privateKey` (the one running the tests). */
  username: string;
  /** OpenSSH private key (ed25519) the server accepts. */
  privateKey: string;
  /** SHA-256 fingerprint of the server's host key, base64 without padding (as after `SHA256:`). */
  hostKeySha256: string;
  /** A folder the user can write to; SFTP paths under it are local paths on this machine. */
  root: string;
  stop(): Promise<void>;
}

const SSHD = '/usr/sbin/sshd';

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A real OpenSSH server of one test's own: its own config, host key and authorized key, on a
 * loopback high port, with the internal SFTP subsystem. Password logins are offered (and refused
 * for want of a password), so a wrong password is a refused login as on any server.
 */
export async function startPrivateSshd(): Promise<PrivateSshd> {
  if (!existsSync(SSHD)) throw new Error(`${SSHD} not found: install openssh-server`);
  const dir = mkdtempSync(join(tmpdir(), 'mam-sshd-'));
  const root = join(dir, 'files');
  mkdirSync(root);
  mkdirSync('/run/sshd', { recursive: true });
  run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')]);
  run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'client_key')]);
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')), { mode: 0o600 });
  const fingerprint = run('ssh-keygen', ['-l', '-E', 'sha256', '-f', join(dir, 'host_key.pub')])
    .split(' ')[1]
    .replace(/^SHA256:/, '');
  const port = await freePort();
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication yes',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin yes',
      'UsePAM no',
      'StrictModes no',
      'Subsystem sftp internal-sftp',
      'LogLevel ERROR',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 10_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`sshd did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    host: '127.0.0.1',
    port,
    username: userInfo().username,
    privateKey: readFileSync(join(dir, 'client_key'), 'utf8'),
    hostKeySha256: fingerprint,
    root,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
