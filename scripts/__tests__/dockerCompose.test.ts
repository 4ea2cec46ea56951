import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DEV_KEYS_DIR } from '../../platform/auth/devSecretFile';
import { projectRoot } from '../../platform/paths';
import { GATEWAY, LEGACY_BACKENDS, SUBGRAPHS } from '../../platform/topology';
import { importClosure, variablesReadBy, type EnvScan } from '../../test-support/envVariables';
import { scanShippedEnvVariables } from '../../test-support/shippedEnvScan';

interface Service {
  image?: string;
  profiles?: string[];
  networks?: Record<string, { aliases?: string[] }>;
  volumes?: string[];
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, unknown>;
}

/** No Docker engine runs here: this checks what can be checked of docker-compose.yml without one. */
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, Service>;
    volumes: Record<string, unknown>;
  };
  const components = [...LEGACY_BACKENDS, ...SUBGRAPHS, GATEWAY];
  /** What `docker compose up` starts: the services of no profile. */
  const defaultServices = Object.fromEntries(Object.entries(compose.services).filter(([, s]) => !s.profiles));

  it('has redis, postgres and one service per component', () => {
    expect(Object.keys(defaultServices).sort()).toEqual(['postgres', 'redis', ...components.map((c) => c.name)].sort());
  });

  it.each(components.map((c) => [c.name, c] as const))(
    'runs %s from the build with its port and a health check',
    (name, component) => {
      const service = compose.services[name] as Service;
      expect(service.command).toEqual(['node', `dist/${component.entry.replace(/\.ts$/, '.js')}`]);
      expect(service.environment?.['PORT']).toBe(String(component.port));
      expect(service.environment?.['BIND_HOST']).toBe('0.0.0.0');
      expect(service.healthcheck?.test.join(' ')).toContain('/health/live');
    },
  );

  it('publishes only the gateway and points every cache at redis', () => {
    const published = Object.entries(defaultServices)
      .filter(([, s]) => s.ports?.length)
      .map(([name]) => name);
    expect(published).toEqual(['gateway']);
    for (const subgraph of SUBGRAPHS)
      expect(compose.services[subgraph.name]?.environment?.['REDIS_URL']).toBe('redis://redis:6379');
  });

  it.each([GATEWAY, ...SUBGRAPHS].map((c) => [c.name, c] as const))(
    'gives %s its operator port, unpublished',
    (name, component) => {
      const service = compose.services[name] as Service;
      expect(service.environment?.['OPERATOR_PORT']).toBe(String(component.operatorPort));
      for (const published of service.ports ?? []) expect(published).not.toContain(String(component.operatorPort));
    },
  );

  it("gives the four subgraphs one services' credential, which docker compose refuses to start without", () => {
    const credentials = SUBGRAPHS.map((s) => compose.services[s.name]?.environment?.['INTERNAL_SERVICE_SECRET']);
    expect(new Set(credentials)).toEqual(
      new Set(['${INTERNAL_SERVICE_SECRET:?set INTERNAL_SERVICE_SECRET to the output of openssl rand -base64 32}']),
    );
  });

  it('points the gateway at every subgraph', () => {
    const env = compose.services['gateway']?.environment ?? {};
    for (const subgraph of SUBGRAPHS)
      expect(env[subgraph.urlVariable]).toBe(`http://${subgraph.name}:${subgraph.port}/graphql`);
  });
});

/** The image: no Docker engine here to build it, so what its Dockerfile says is checked against what the code writes. */
describe('Dockerfile', () => {
  const dockerfile = readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8');
  const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('runs as the unprivileged node user, owning the folders the code writes into', () => {
    // Development keys (outside production) and the embedded database (without DATABASE_URL).
    const written = [path.relative(projectRoot, DEV_KEYS_DIR), '.data'];
    expect(written).toEqual(['.dev-keys', '.data']);
    const chown = /RUN mkdir -p ([^&\n]+) && chown node:node ([^\n]+)/.exec(finalStage);
    for (const folder of written) {
      expect(chown?.[1]?.split(' ')).toContain(`/app/${folder}`);
      expect(chown?.[2]?.split(' ')).toContain(`/app/${folder}`);
    }
    expect(finalStage.indexOf('USER node')).toBeGreaterThan(finalStage.indexOf('chown node:node'));
  });

  it('is built once, in a build stage, with production dependencies only, and checks its liveness route', () => {
    expect(dockerfile).toMatch(/FROM node:20-[\w-]+ AS build/);
    expect(dockerfile).toContain('npm prune --omit=dev');
    expect(finalStage).toMatch(/HEALTHCHECK [^\n]*\\\n\s+CMD \[[^\n]*\/health\/live/);
  });
});

/**
 * The scale profile (docs/operations.md "Scale-out with compose"): a second replica of each
 * subgraph under the subgraph's name, a second gateway, and a balancer in front of both gateways.
 */
describe('docker-compose.yml, profile scale', () => {
  const compose = parse(readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, Service>;
    volumes: Record<string, unknown>;
  };
  const service = (name: string): Service => {
    const found = compose.services[name];
    if (!found) throw new Error(`no service ${name}`);
    return found;
  };

  it('adds two gateways and two replicas of each subgraph, nothing else but the balancer', () => {
    const scaled = Object.entries(compose.services)
      .filter(([, s]) => s.profiles?.includes('scale'))
      .map(([name]) => name);
    expect(scaled).toEqual(['identity-2', 'life-2', 'nonlife-2', 'documents-2', 'gateway-2', 'balancer']);
    for (const name of scaled) expect(service(name).profiles).toEqual(['scale']);
  });

  it.each(SUBGRAPHS.map((s) => [s.name] as const))(
    "runs a second %s exactly like the first, answering to the first's name, on the same Redis and PostgreSQL",
    (name) => {
      const first = service(name);
      const second = service(`${name}-2`);
      expect(second.command).toEqual(first.command);
      expect(second.environment).toEqual(first.environment);
      expect(second.volumes).toEqual(first.volumes);
      expect(second.networks).toEqual({ default: { aliases: [name] } });
      expect(second.ports).toBeUndefined();
    },
  );

  it("shares identity's and documents' development keys between their replicas", () => {
    expect(Object.keys(compose.volumes)).toContain('dev-keys');
    const keysFolder = `/app/${path.relative(projectRoot, DEV_KEYS_DIR)}`;
    for (const name of ['identity', 'identity-2', 'documents', 'documents-2'])
      expect(service(name).volumes).toEqual([`dev-keys:${keysFolder}`]);
  });

  it('runs a second gateway like the first, published only through the balancer, which checks their readiness', () => {
    expect(service('gateway-2').command).toEqual(service('gateway').command);
    expect(service('gateway-2').environment).toEqual(service('gateway').environment);
    expect(service('gateway-2').ports).toBeUndefined();
    const balancer = service('balancer');
    expect(balancer.image).toMatch(/^haproxy:3\.\d+-alpine$/);
    expect(balancer.ports).toEqual(['4080:4080']);
    expect(balancer.volumes).toEqual(['./deploy/compose/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro']);

    const config = readFileSync(path.join(projectRoot, 'deploy', 'compose', 'haproxy.cfg'), 'utf8');
    const lines = config.split('\n').map((line) => line.trim());
    expect(lines).toContain('bind :4080');
    expect(lines).toContain('option httpchk GET /health/ready');
    expect(lines).toContain('http-check expect status 200');
    const servers = lines.filter((line) => line.startsWith('server ')).map((line) => line.split(/\s+/).slice(1, 3));
    expect(servers).toEqual([
      ['gateway', `gateway:${GATEWAY.port}`],
      ['gateway-2', `gateway-2:${GATEWAY.port}`],
    ]);
  });
});

describe("docker-compose.yml's env against the code", () => {
  let scan: EnvScan;
  beforeAll(async () => {
    scan = await scanShippedEnvVariables();
  }, 180_000);
  const compose = parse(readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, Service>;
  };
  /** Read by no code but the image's and compose's health checks, which probe the gateway on PORT too. */
  const HEALTH_CHECK_ONLY: Record<string, string[]> = { gateway: ['PORT'], 'gateway-2': ['PORT'] };

  it.each(Object.keys(compose.services).filter((name) => compose.services[name]?.command?.[0] === 'node'))(
    '%s is given only variables its component reads',
    (name) => {
      const entry = (compose.services[name]?.command?.[1] ?? '').replace(/^dist\//, '').replace(/\.js$/, '.ts');
      const read = variablesReadBy(scan, importClosure(path.join(projectRoot, entry)));
      const unread = Object.keys(compose.services[name]?.environment ?? {}).filter(
        (variable) => !read.has(variable) && !(HEALTH_CHECK_ONLY[name] ?? []).includes(variable),
      );
      expect(unread).toEqual([]);
    },
  );
});
