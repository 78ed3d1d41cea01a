import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port';

export interface PrivateKafka {
  /** host:port of the broker, for `kafkaBrokers`. */
  brokers: string[];
  /** SIGTERM (controlled shutdown) or SIGKILL; resolves when the process is gone. Data stays. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts it again on the same ports and data; resolves when it serves. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** The broker jars infra/up.sh resolves into this checkout's .infra (MAM_KAFKA_LIB overrides). */
function kafkaLib(): string {
  const lib = process.env.MAM_KAFKA_LIB ?? join(REPO_ROOT, '.infra', 'lib', 'kafka');
  if (!existsSync(lib)) throw new Error(`No Kafka jars at ${lib}: run npm run infra:up first (or set MAM_KAFKA_LIB)`);
  return lib;
}

/**
 * A single-node KRaft Kafka broker of one test's own (the jars of infra/, free ports, a temp log
 * folder), for tests that take the broker away: the shared broker is never touched.
 */
export async function startPrivateKafka(): Promise<PrivateKafka> {
  const lib = kafkaLib();
  const dir = mkdtempSync(join(tmpdir(), 'mam-kafka-'));
  const [port, controllerPort] = [await freePort(), await freePort()];
  const config = join(dir, 'server.properties');
  writeFileSync(
    config,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.bootstrap.servers=127.0.0.1:${controllerPort}`,
      `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      `log.dirs=${join(dir, 'data')}`,
      'num.network.threads=2',
      'num.io.threads=2',
      'num.partitions=3',
      'default.replication.factor=1',
      'group.initial.rebalance.delay.ms=0',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=3',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'transaction.state.log.num.partitions=3',
      'share.coordinator.state.topic.replication.factor=1',
      'share.coordinator.state.topic.min.isr=1',
      'controlled.shutdown.enable=true',
      '',
    ].join('\n'),
  );
  const jvm = [
    '-Xms128m',
    '-Xmx384m',
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${join(REPO_ROOT, 'infra', 'kafka', 'log4j2.properties')}`,
    '-cp',
    `${lib}/*`,
  ];
  const format = spawnSync(
    'java',
    [
      ...jvm,
      'kafka.tools.StorageTool',
      'format',
      '--standalone',
      '-t',
      randomBytes(16).toString('base64url').slice(0, 22),
      '-c',
      config,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (format.status !== 0) throw new Error(`Kafka storage format failed: ${format.stdout}${format.stderr}`);
  let broker: ChildProcess | undefined;

  async function start(): Promise<void> {
    const child = spawn('java', [...jvm, 'kafka.Kafka', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    broker = child;
    await new Promise<void>((resolveStarted, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`Kafka did not start within 120 s: ${output.slice(-2000)}`)),
        120_000,
      );
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (/Kafka Server started|\[BrokerServer id=1\] Transition from STARTING to STARTED/.test(output)) {
          clearTimeout(timer);
          resolveStarted();
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Kafka exited (${code}): ${output.slice(-2000)}`));
      });
    });
  }

  async function stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = broker;
    broker = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolveStopped) => {
      child.once('exit', () => resolveStopped());
      child.kill(signal);
    });
  }

  await start();
  return {
    brokers: [`127.0.0.1:${port}`],
    stop,
    start,
    async destroy() {
      await stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
