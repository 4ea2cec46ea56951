import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DEV_KEYS_DIR } from '../../platform/auth/devSecretFile';
import { projectRoot } from '../../platform/paths';
import { GATEWAY, LEGACY_BACKENDS, SUBGRAPHS } from '../../platform/topology';

interface Service {
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
  };
  const components = [...LEGACY_BACKENDS, ...SUBGRAPHS, GATEWAY];

  it('has redis, postgres and one service per component', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['postgres', 'redis', ...components.map((c) => c.name)].sort(),
    );
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
    const published = Object.entries(compose.services)
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
