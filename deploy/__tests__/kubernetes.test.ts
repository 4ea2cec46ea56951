/** @heavy type-checks every manifest and scans the code for env variables */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import {
  HorizontalPodAutoscaler,
  type IHorizontalPodAutoscaler,
} from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress, type IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy, type INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget, type IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Secret, type ISecret } from 'kubernetes-models/v1/Secret';
import { Service, type IService } from 'kubernetes-models/v1/Service';
import { gatewayConfigSchema } from '../../gateway/config';
import { productionWarnings } from '../../gateway/securityOptions';
import { shutdownConfigSchema } from '../../platform/component';
import { loadConfig } from '../../platform/config';
import { databaseTargetFromConfig } from '../../platform/database/config';
import { projectRoot } from '../../platform/paths';
import { GATEWAY, LEGACY_BACKENDS, SUBGRAPHS } from '../../platform/topology';
import { documentsConfigSchema, publicBaseUrl } from '../../subgraphs/documents/config';
import { identityConfigSchema } from '../../subgraphs/identity/config';
import { importClosure, variablesReadBy, type EnvScan } from '../../test-support/envVariables';
import { scanShippedEnvVariables } from '../../test-support/shippedEnvScan';
import { readManifests, renderKustomization, strategicMerge, type Manifest } from '../../test-support/kustomize';
import { removeTestTempDir, testTempDir } from '../../test-support/tempDirs';

/**
 * deploy/kubernetes (docs/operations.md#kubernetes), without a cluster or kubectl: the base and
 * the production overlay rendered as `kubectl kustomize` would (test-support/kustomize.ts), every
 * object checked against the Kubernetes API's schemas (kubernetes-models: its validators for
 * types, formats and required fields, its type declarations for fields the API does not know),
 * then against the code: ports, probes, env, what production requires, and the network policies.
 */
const KUBERNETES = path.join(projectRoot, 'deploy', 'kubernetes');
const rendered = {
  base: renderKustomization(path.join(KUBERNETES, 'base')),
  production: renderKustomization(path.join(KUBERNETES, 'overlays', 'production')),
};
const secretExamples = readManifests(path.join(KUBERNETES, 'secret.example.yaml'));

/** The API schema of each kind the manifests use: its validator and its type declaration. */
const SCHEMAS: Record<string, { validate(manifest: Manifest): void; module: string; type: string }> = {
  'apps/v1 Deployment': {
    validate: (m) => new Deployment(m as unknown as IDeployment).validate(),
    module: 'kubernetes-models/apps/v1/Deployment',
    type: 'IDeployment',
  },
  'v1 Service': {
    validate: (m) => new Service(m as unknown as IService).validate(),
    module: 'kubernetes-models/v1/Service',
    type: 'IService',
  },
  'v1 Secret': {
    validate: (m) => new Secret(m as unknown as ISecret).validate(),
    module: 'kubernetes-models/v1/Secret',
    type: 'ISecret',
  },
  'networking.k8s.io/v1 NetworkPolicy': {
    validate: (m) => new NetworkPolicy(m as unknown as INetworkPolicy).validate(),
    module: 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy',
    type: 'INetworkPolicy',
  },
  'networking.k8s.io/v1 Ingress': {
    validate: (m) => new Ingress(m as unknown as IIngress).validate(),
    module: 'kubernetes-models/networking.k8s.io/v1/Ingress',
    type: 'IIngress',
  },
  'autoscaling/v2 HorizontalPodAutoscaler': {
    validate: (m) => new HorizontalPodAutoscaler(m as unknown as IHorizontalPodAutoscaler).validate(),
    module: 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
    type: 'IHorizontalPodAutoscaler',
  },
  'policy/v1 PodDisruptionBudget': {
    validate: (m) => new PodDisruptionBudget(m as unknown as IPodDisruptionBudget).validate(),
    module: 'kubernetes-models/policy/v1/PodDisruptionBudget',
    type: 'IPodDisruptionBudget',
  },
};
const schemaOf = (m: Manifest) => SCHEMAS[`${m.apiVersion} ${m.kind}`];
const label = (set: string, m: Manifest): string => `${set} ${m.kind}/${m.metadata.name}`;

describe('deploy/kubernetes against the Kubernetes API schemas', () => {
  const all = [
    ...Object.entries(rendered).flatMap(([set, manifests]) => manifests.map((m) => [set, m] as const)),
    ...secretExamples.map((m) => ['secret.example.yaml', m] as const),
  ];

  it('uses only kinds it has a schema for', () => {
    expect(all.filter(([, m]) => !schemaOf(m)).map(([set, m]) => label(set, m))).toEqual([]);
  });

  it('renders objects every one of which the API would accept', () => {
    const invalid: string[] = [];
    for (const [set, manifest] of all) {
      try {
        schemaOf(manifest)?.validate(manifest);
      } catch (error) {
        invalid.push(`${label(set, manifest)}: ${(error as Error).message}`);
      }
    }
    expect(invalid).toEqual([]);
  });

  it('has no field the API does not know (a misspelt probe would be dropped silently)', () => {
    // The validators accept unknown fields; the type declarations do not: each object as a typed
    // object literal, whose excess properties the TypeScript checker reports.
    const file = path.join(projectRoot, 'deploy', '__tests__', '__manifests__.ts');
    const imports = Object.values(SCHEMAS).map((s) => `import type { ${s.type} } from '${s.module}';`);
    const lines = [...imports];
    // Where each object's literal starts, to name the object a diagnostic is about.
    const owners: Array<{ from: number; name: string }> = [];
    let lineCount = imports.length;
    all.forEach(([set, manifest], index) => {
      const literal = `export const m${index}: ${schemaOf(manifest)?.type ?? 'never'} = ${JSON.stringify(manifest, null, 2)};`;
      owners.push({ from: lineCount, name: label(set, manifest) });
      lines.push(literal);
      lineCount += literal.split('\n').length;
    });
    const source = lines.join('\n');
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      target: ts.ScriptTarget.ES2022,
      types: [],
    };
    const host = ts.createCompilerHost(options, true);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version, onError, create) =>
      path.resolve(name) === file
        ? ts.createSourceFile(name, source, version, true)
        : getSourceFile(name, version, onError, create);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
    const program = ts.createProgram({ rootNames: [file], options, host });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      if (diagnostic.file === undefined || diagnostic.start === undefined) return text;
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      const owner = [...owners].reverse().find((o) => o.from <= line);
      return `${owner?.name ?? 'imports'}: ${text}`;
    });
    expect(problems).toEqual([]);
  }, 120_000);
});

// --- the objects, typed -------------------------------------------------------------------------

type Container = NonNullable<NonNullable<IDeployment['spec']>['template']['spec']>['containers'][number];
type LabelSelector = NonNullable<IDeployment['spec']>['selector'];
type PolicyRule = NonNullable<NonNullable<INetworkPolicy['spec']>['ingress']>[number];
type PolicyPeer = NonNullable<PolicyRule['from']>[number];
type PolicyPort = NonNullable<PolicyRule['ports']>[number];

const deployments = (set: Manifest[]): IDeployment[] =>
  set.filter((m) => m.kind === 'Deployment') as unknown as IDeployment[];
const services = (set: Manifest[]): IService[] => set.filter((m) => m.kind === 'Service') as unknown as IService[];
const policies = (set: Manifest[]): INetworkPolicy[] =>
  set.filter((m) => m.kind === 'NetworkPolicy') as unknown as INetworkPolicy[];
const ingresses = (set: Manifest[]): IIngress[] => set.filter((m) => m.kind === 'Ingress') as unknown as IIngress[];

const deploymentOf = (set: Manifest[], name: string): IDeployment => {
  const found = deployments(set).find((d) => d.metadata?.name === name);
  if (!found) throw new Error(`no Deployment ${name}`);
  return found;
};
const containerOf = (deployment: IDeployment): Container => {
  const containers = deployment.spec?.template.spec?.containers ?? [];
  expect(containers).toHaveLength(1);
  return containers[0] as Container;
};
/** A container's port by name or number, as a probe, a Service or a policy names it. */
const containerPort = (container: Container, port: number | string | undefined): number | undefined =>
  typeof port === 'number' ? port : container.ports?.find((p) => p.name === port)?.containerPort;

const secretValue = (name: string, key: string): string | undefined => {
  const secret = secretExamples.find((s) => s.metadata.name === name) as unknown as ISecret | undefined;
  return secret?.stringData?.[key];
};

/** The environment a container starts with: its values, and its secrets as secret.example.yaml gives them. */
function environmentOf(container: Container): Record<string, string> {
  const env: Record<string, string> = {};
  for (const variable of container.env ?? []) {
    const ref = variable.valueFrom?.secretKeyRef;
    const value = ref ? secretValue(ref.name ?? '', ref.key) : variable.value;
    if (value !== undefined) env[variable.name] = value;
  }
  return env;
}

// --- network policies, evaluated --------------------------------------------------------------

/** A pod (its namespace, labels and named ports) or an address outside the cluster. */
type Endpoint =
  | { namespace: string; labels: Record<string, string>; ports: Array<{ name?: string; containerPort: number }> }
  | { ip: string };

function selects(selector: LabelSelector | undefined, labels: Record<string, string>) {
  if (!selector) return false;
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpression = (selector.matchExpressions ?? []).every((expression) => {
    const value = labels[expression.key];
    switch (expression.operator) {
      case 'In':
        return value !== undefined && (expression.values ?? []).includes(value);
      case 'NotIn':
        return value === undefined || !(expression.values ?? []).includes(value);
      case 'Exists':
        return value !== undefined;
      case 'DoesNotExist':
        return value === undefined;
      default:
        throw new Error(`unknown selector operator ${expression.operator}`);
    }
  });
  return byLabel && byExpression;
}

function inCidr(ip: string, cidr: string): boolean {
  const toNumber = (address: string) => address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
  const [network = '', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(toNumber(ip) / size) === Math.floor(toNumber(network) / size);
}

/**
 * What the NetworkPolicy API says of a connection: allowed when the source's egress and the
 * destination's ingress both allow it (a side no policy selects allows everything), a rule
 * matching by peer (pod and namespace selectors, ipBlock) and by port (number or the
 * destination's named port, protocol TCP unless said).
 */
class Network {
  constructor(
    private readonly manifests: Manifest[],
    private readonly namespace: string,
  ) {}

  pod(name: string): Endpoint {
    const deployment = deploymentOf(this.manifests, name);
    return {
      namespace: this.namespace,
      labels: deployment.spec?.template.metadata?.labels ?? {},
      ports: (containerOf(deployment).ports ?? []).map((p) => ({ name: p.name, containerPort: p.containerPort })),
    };
  }

  /** Where a URL in a component's env leads: the pods behind its Service, or the outside for an ExternalName. */
  resolve(url: URL): { target: Endpoint; port: number } {
    const defaultPorts: Record<string, number> = { 'http:': 80, 'https:': 443, 'redis:': 6379, 'postgres:': 5432 };
    const port = url.port ? Number(url.port) : (defaultPorts[url.protocol] ?? 0);
    const [name, otherNamespace] = url.hostname.split('.');
    const service = services(this.manifests).find((s) => s.metadata?.name === name);
    // <service>.<namespace>: some pod of another namespace (the OTLP collector in monitoring).
    if (!service && otherNamespace && otherNamespace !== this.namespace)
      return { target: { namespace: otherNamespace, labels: {}, ports: [] }, port };
    if (!service) throw new Error(`${url.host}: no Service ${name}`);
    // TEST-NET-3: some address outside the cluster.
    if (service.spec?.type === 'ExternalName') return { target: { ip: '203.0.113.10' }, port };
    const deployment = deployments(this.manifests).find((d) =>
      selects({ matchLabels: service.spec?.selector ?? { none: 'none' } }, d.spec?.template.metadata?.labels ?? {}),
    );
    const servicePort = service.spec?.ports?.find((p) => p.port === port);
    if (!deployment || !servicePort)
      throw new Error(`${url.host}: Service ${name} has no port ${port} with pods behind`);
    const target = containerPort(containerOf(deployment), servicePort.targetPort ?? servicePort.port);
    return { target: this.pod(deployment.metadata?.name ?? ''), port: target ?? -1 };
  }

  allows(
    source: Endpoint,
    destination: Endpoint,
    port: number,
    protocol = 'TCP',
    { ignoreEgress = false }: { ignoreEgress?: boolean } = {},
  ): boolean {
    const egress = ignoreEgress || this.sideAllows('Egress', source, destination, destination, port, protocol);
    return egress && this.sideAllows('Ingress', destination, source, destination, port, protocol);
  }

  private sideAllows(
    direction: 'Ingress' | 'Egress',
    subject: Endpoint,
    peer: Endpoint,
    destination: Endpoint,
    port: number,
    protocol: string,
  ): boolean {
    // Policies govern pods of their namespace only.
    if ('ip' in subject || subject.namespace !== this.namespace) return true;
    const governing = policies(this.manifests).filter(
      (p) => selects(p.spec?.podSelector, subject.labels) && (p.spec?.policyTypes ?? []).includes(direction),
    );
    if (governing.length === 0) return true;
    return governing.some((policy) => {
      const rules =
        direction === 'Ingress'
          ? (policy.spec?.ingress ?? []).map((r) => ({ peers: r.from, ports: r.ports }))
          : (policy.spec?.egress ?? []).map((r) => ({ peers: r.to, ports: r.ports }));
      return rules.some(
        (rule) =>
          (rule.peers === undefined || rule.peers.some((p) => this.peerMatches(p, peer))) &&
          this.portMatches(rule.ports, destination, port, protocol),
      );
    });
  }

  private peerMatches(rule: PolicyPeer, peer: Endpoint): boolean {
    if (rule.ipBlock)
      return (
        'ip' in peer &&
        inCidr(peer.ip, rule.ipBlock.cidr) &&
        !(rule.ipBlock.except ?? []).some((cidr) => inCidr(peer.ip, cidr))
      );
    if ('ip' in peer) return false;
    const namespaceMatches = rule.namespaceSelector
      ? selects(rule.namespaceSelector, { 'kubernetes.io/metadata.name': peer.namespace })
      : peer.namespace === this.namespace;
    return namespaceMatches && (rule.podSelector ? selects(rule.podSelector, peer.labels) : true);
  }

  private portMatches(ports: PolicyPort[] | undefined, destination: Endpoint, port: number, protocol: string): boolean {
    if (!ports || ports.length === 0) return true;
    return ports.some((rule) => {
      if ((rule.protocol ?? 'TCP') !== protocol) return false;
      if (rule.port === undefined) return true;
      if (typeof rule.port === 'number')
        return rule.endPort ? port >= rule.port && port <= rule.endPort : port === rule.port;
      return !('ip' in destination) && destination.ports.some((p) => p.name === rule.port && p.containerPort === port);
    });
  }
}

const COMPONENTS = [GATEWAY, ...SUBGRAPHS];
/** The variable each component reads its public port from (gateway/config.ts, platform/subgraphConfig.ts). */
const PORT_VARIABLE: Record<string, string> = {
  gateway: 'GATEWAY_PORT',
  identity: 'PORT',
  life: 'PORT',
  nonlife: 'PORT',
  documents: 'PORT',
};

let scan: EnvScan;
beforeAll(async () => {
  scan = await scanShippedEnvVariables();
}, 180_000);

describe.each([
  ['base', rendered.base, 'default'],
  ['production', rendered.production, 'customer-graph'],
] as const)('deploy/kubernetes %s', (_set, manifests, namespace) => {
  it('runs the gateway and the four subgraphs from the image, and names the legacy systems, Redis and PostgreSQL as external services', () => {
    expect(deployments(manifests).map((d) => d.metadata?.name)).toEqual([
      'gateway',
      'identity',
      'life',
      'nonlife',
      'documents',
    ]);
    const external = services(manifests)
      .filter((s) => s.spec?.type === 'ExternalName')
      .map((s) => s.metadata?.name)
      .sort();
    expect(external).toEqual(['customer-master', 'document-archive', 'life-connect', 'postgres', 'redis', 'v-connect']);
    expect(LEGACY_BACKENDS.map((b) => b.name).every((name) => external.includes(name))).toBe(true);
    for (const manifest of manifests) expect(manifest.metadata.namespace ?? 'default').toBe(namespace);
  });

  it.each(COMPONENTS.map((c) => [c.name, c] as const))(
    '%s listens, is probed and is reached on the ports of platform/topology.ts',
    (name, component) => {
      const deployment = deploymentOf(manifests, name);
      const container = containerOf(deployment);
      expect(container.command).toEqual(['node', `dist/${component.entry.replace(/\.ts$/, '.js')}`]);
      expect(container.ports?.map((p) => [p.name, p.containerPort])).toEqual([
        ['http', component.port],
        ['operator', component.operatorPort],
      ]);
      const env = environmentOf(container);
      expect(env[PORT_VARIABLE[name] ?? '']).toBe(String(component.port));
      expect(env['OPERATOR_PORT']).toBe(String(component.operatorPort));
      // Loopback by default (platform/config.ts): the probes and the Service come from the pod's address.
      expect(env['BIND_HOST']).toBe('0.0.0.0');

      const probe = (which: 'startupProbe' | 'livenessProbe' | 'readinessProbe') => {
        const httpGet = container[which]?.httpGet;
        return [httpGet?.path, containerPort(container, httpGet?.port)];
      };
      expect(probe('startupProbe')).toEqual(['/health/live', component.port]);
      expect(probe('livenessProbe')).toEqual(['/health/live', component.port]);
      expect(probe('readinessProbe')).toEqual(['/health/ready', component.port]);

      const podLabels = deployment.spec?.template.metadata?.labels ?? {};
      expect(selects(deployment.spec?.selector, podLabels)).toBe(true);
      expect(deployment.spec?.template.metadata?.annotations?.['prometheus.io/port']).toBe(
        String(component.operatorPort),
      );
      const service = services(manifests).find((s) => s.metadata?.name === name);
      expect(service?.spec?.type).toBe('ClusterIP');
      expect(selects({ matchLabels: service?.spec?.selector ?? { none: 'none' } }, podLabels)).toBe(true);
      // Other components' URLs say http://<name>:<port>: the Service port is the component's port.
      expect(service?.spec?.ports?.map((p) => [p.port, containerPort(container, p.targetPort)])).toEqual([
        [component.port, component.port],
      ]);
    },
  );

  it('exposes no operator port through any Service or Ingress, and only the gateway through the Ingress', () => {
    const operatorPorts = new Set<number>(COMPONENTS.map((c) => c.operatorPort));
    for (const service of services(manifests)) {
      const target = deployments(manifests).find((d) =>
        selects({ matchLabels: service.spec?.selector ?? { none: 'none' } }, d.spec?.template.metadata?.labels ?? {}),
      );
      for (const port of service.spec?.ports ?? []) {
        const resolved = target ? containerPort(containerOf(target), port.targetPort ?? port.port) : port.port;
        expect(operatorPorts.has(resolved ?? -1)).toBe(false);
      }
      expect(['ClusterIP', 'ExternalName']).toContain(service.spec?.type);
    }
    const backends = ingresses(manifests).flatMap((ingress) =>
      (ingress.spec?.rules ?? []).flatMap((rule) => (rule.http?.paths ?? []).map((p) => p.backend.service)),
    );
    expect(backends).toEqual([{ name: 'gateway', port: { name: 'http' } }]);
    const gatewayService = services(manifests).find((s) => s.metadata?.name === 'gateway');
    const gatewayContainer = containerOf(deploymentOf(manifests, 'gateway'));
    const byName = gatewayService?.spec?.ports?.find((p) => p.name === 'http');
    expect(containerPort(gatewayContainer, byName?.targetPort)).toBe(4000);
  });

  it.each(COMPONENTS.map((c) => [c.name, c] as const))(
    '%s is given only variables its code reads, and its secrets exist in secret.example.yaml',
    (name, component) => {
      const container = containerOf(deploymentOf(manifests, name));
      const read = variablesReadBy(scan, importClosure(path.join(projectRoot, component.entry)));
      const unread = (container.env ?? []).map((v) => v.name).filter((variable) => !read.has(variable));
      expect(unread).toEqual([]);
      const missingSecrets = (container.env ?? [])
        .map((v) => v.valueFrom?.secretKeyRef)
        .filter((ref) => ref !== undefined && secretValue(ref.name ?? '', ref.key) === undefined);
      expect(missingSecrets).toEqual([]);
    },
  );

  it('sets what production requires, as the config loaders check it', () => {
    const env = (name: string) => environmentOf(containerOf(deploymentOf(manifests, name)));
    for (const component of COMPONENTS) expect(env(component.name)['NODE_ENV']).toBe('production');

    const gateway = loadConfig(gatewayConfigSchema, env('gateway'));
    // Safelist mode and Redis-backed rate limits: nothing for the gateway to warn about.
    expect(productionWarnings(gateway)).toEqual([]);

    const identity = loadConfig(identityConfigSchema, env('identity'));
    expect(databaseTargetFromConfig(identity, 'identity', true).kind).toBe('postgres');
    const documents = loadConfig(documentsConfigSchema, env('documents'));
    expect(databaseTargetFromConfig(documents, 'documents', true).kind).toBe('postgres');
    expect(publicBaseUrl(documents, true).protocol).toBe('https:');

    // Keys production refuses to start without (platform/auth/devSecretFile.ts, signingKey.ts),
    // from a Secret that must exist (not optional).
    const requiredSecrets: Record<string, string[]> = {
      gateway: ['REDIS_URL'],
      identity: ['JWT_PRIVATE_JWK', 'IDENTITY_HASH_KEY', 'INTERNAL_SERVICE_SECRET', 'DATABASE_URL', 'REDIS_URL'],
      life: ['INTERNAL_SERVICE_SECRET', 'REDIS_URL'],
      nonlife: ['INTERNAL_SERVICE_SECRET', 'REDIS_URL'],
      documents: ['DOCUMENT_URL_SECRET', 'INTERNAL_SERVICE_SECRET', 'DATABASE_URL', 'REDIS_URL'],
    };
    for (const [name, variables] of Object.entries(requiredSecrets)) {
      const fromSecrets = (containerOf(deploymentOf(manifests, name)).env ?? [])
        .filter((v) => v.valueFrom?.secretKeyRef && v.valueFrom.secretKeyRef.optional !== true)
        .map((v) => v.name);
      expect(fromSecrets.sort()).toEqual([...variables].sort());
    }
    // One credential for all four subgraphs, one Redis for everything.
    const refs = (variable: string) =>
      new Set(
        COMPONENTS.flatMap((c) => containerOf(deploymentOf(manifests, c.name)).env ?? [])
          .filter((v) => v.name === variable)
          .map((v) => JSON.stringify(v.valueFrom?.secretKeyRef)),
      );
    expect(refs('INTERNAL_SERVICE_SECRET')).toEqual(
      new Set([JSON.stringify({ name: 'customer-graph-shared', key: 'INTERNAL_SERVICE_SECRET' })]),
    );
    expect(refs('REDIS_URL')).toEqual(new Set([JSON.stringify({ name: 'customer-graph-shared', key: 'REDIS_URL' })]));
  });

  it.each(COMPONENTS.map((c) => [c.name] as const))(
    '%s runs unprivileged on a read-only root and outlives its own drain',
    (name) => {
      const deployment = deploymentOf(manifests, name);
      const pod = deployment.spec?.template.spec;
      const container = containerOf(deployment);
      // Service links would inject GATEWAY_PORT=tcp://… (the gateway Service), which the gateway reads as its port.
      expect(pod?.enableServiceLinks).toBe(false);
      expect(pod?.automountServiceAccountToken).toBe(false);
      // The Dockerfile's user: node, uid 1000 in the node images.
      expect(pod?.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000 });
      expect(container.securityContext).toEqual({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      // What the code writes into the image (.dev-keys, .data) is written outside production only,
      // and without DATABASE_URL: neither here. /tmp is the one writable folder; the gateway also
      // reads its supergraph from a ConfigMap mounted as a folder (a subPath mount is never updated).
      const supergraph = name === 'gateway';
      expect(container.volumeMounts).toEqual([
        { name: 'tmp', mountPath: '/tmp' },
        ...(supergraph ? [{ name: 'supergraph', mountPath: '/app/supergraph', readOnly: true }] : []),
      ]);
      expect(pod?.volumes).toEqual([
        { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
        ...(supergraph ? [{ name: 'supergraph', configMap: { name: 'supergraph' } }] : []),
      ]);
      if (supergraph) {
        const gateway = loadConfig(gatewayConfigSchema, environmentOf(container));
        expect({ path: gateway.SUPERGRAPH_PATH, poll: gateway.SUPERGRAPH_POLL_SECONDS }).toEqual({
          path: '/app/supergraph/supergraph.graphql',
          poll: 10,
        });
      }

      const shutdown = loadConfig(shutdownConfigSchema, environmentOf(container));
      // 5 s: what platform/component.ts allows for closing Redis, pools and the database after the grace.
      expect(pod?.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(
        shutdown.SHUTDOWN_DRAIN_SECONDS + shutdown.SHUTDOWN_GRACE_SECONDS + 5,
      );
      expect(container.resources?.requests?.['cpu']).toBeDefined();
      expect(container.resources?.requests?.['memory']).toBeDefined();
      expect(container.resources?.limits?.['memory']).toBeDefined();
    },
  );

  describe('network policies', () => {
    const network = new Network(manifests, namespace);

    it('start from deny-all, both ways', () => {
      const denyAll = policies(manifests).filter(
        (p) =>
          Object.keys(p.spec?.podSelector ?? { x: 1 }).length === 0 &&
          !p.spec?.ingress &&
          !p.spec?.egress &&
          [...(p.spec?.policyTypes ?? [])].sort().join() === 'Egress,Ingress',
      );
      expect(denyAll).toHaveLength(1);
    });

    it('allow every call a component makes (the URLs in its env), both ways, and DNS', () => {
      const refused: string[] = [];
      for (const component of COMPONENTS) {
        const container = containerOf(deploymentOf(manifests, component.name));
        const source = network.pod(component.name);
        for (const [variable, value] of Object.entries(environmentOf(container))) {
          // Links point there; nothing calls it.
          if (!/_(URL|ENDPOINT)$/.test(variable) || variable === 'PUBLIC_BASE_URL') continue;
          const url = new URL(value);
          if (url.hostname === '127.0.0.1') continue;
          const { target, port } = network.resolve(url);
          if (!network.allows(source, target, port))
            refused.push(`${component.name} ${variable} (${url.host}, port ${port})`);
        }
        const dns = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, ports: [] };
        if (!network.allows(source, dns, 53, 'UDP')) refused.push(`${component.name} DNS`);
      }
      // Identity delivers webhooks to brokers' https endpoints on the internet.
      if (!network.allows(network.pod('identity'), { ip: '203.0.113.20' }, 443)) refused.push('identity webhooks');
      expect(refused).toEqual([]);
    });

    it('leave only the gateway reachable from outside, and the subgraphs only from the gateway (identity also from the subgraphs)', () => {
      const ingressController = { namespace: 'ingress-nginx', labels: {}, ports: [] };
      const elsewhere = { namespace: 'other', labels: { app: 'other' }, ports: [] };
      const neighbour = { namespace, labels: { app: 'other' }, ports: [] };
      const reachable = (from: Endpoint) =>
        COMPONENTS.flatMap((c) =>
          [c.port, c.operatorPort]
            .filter((port) => network.allows(from, network.pod(c.name), port, 'TCP', { ignoreEgress: true }))
            .map((port) => `${c.name}:${port}`),
        );
      expect(reachable(ingressController)).toEqual(['gateway:4000']);
      expect(reachable(elsewhere)).toEqual([]);
      expect(reachable(neighbour)).toEqual([]);
      expect(reachable(network.pod('gateway'))).toEqual([
        'identity:4001',
        'life:4002',
        'nonlife:4003',
        'documents:4004',
      ]);
      for (const subgraph of ['life', 'nonlife', 'documents'])
        expect(reachable(network.pod(subgraph))).toEqual(['identity:4001']);
      expect(reachable(network.pod('identity'))).toEqual([]);
    });

    it('open the operator ports to the monitoring namespace only', () => {
      const prometheus = { namespace: 'monitoring', labels: { app: 'prometheus' }, ports: [] };
      const scraped = COMPONENTS.filter((c) =>
        network.allows(prometheus, network.pod(c.name), c.operatorPort, 'TCP', { ignoreEgress: true }),
      ).map((c) => c.name);
      expect(scraped).toEqual(['gateway', 'identity', 'life', 'nonlife', 'documents']);
    });
  });
});

describe('deploy/kubernetes/overlays/production', () => {
  const manifests = rendered.production;
  const ofKind = <T>(kind: string) => manifests.filter((m) => m.kind === kind) as unknown as T[];

  it.each(COMPONENTS.map((c) => [c.name] as const))(
    '%s: two replicas at least, an autoscaler on CPU and a disruption budget keeping one serving',
    (name) => {
      const deployment = deploymentOf(manifests, name);
      const hpa = ofKind<IHorizontalPodAutoscaler>('HorizontalPodAutoscaler').find(
        (h) => h.spec?.scaleTargetRef.name === name,
      );
      expect(hpa?.spec?.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(hpa?.spec?.minReplicas).toBe(2);
      expect(deployment.spec?.replicas).toBe(2);
      expect(hpa?.spec?.maxReplicas).toBeGreaterThan(2);
      expect(hpa?.spec?.metrics?.map((m) => m.resource?.name)).toEqual(['cpu']);
      // Utilization is relative to the request.
      expect(containerOf(deployment).resources?.requests?.['cpu']).toBeDefined();

      const budgets = ofKind<IPodDisruptionBudget>('PodDisruptionBudget').filter((b) =>
        selects(b.spec?.selector, deployment.spec?.template.metadata?.labels ?? {}),
      );
      expect(budgets.map((b) => b.spec?.maxUnavailable)).toEqual([1]);
    },
  );

  it('pins the image and points download links at the Ingress host', () => {
    for (const deployment of deployments(manifests))
      expect(containerOf(deployment).image).toBe('registry.example/customer-graph:0.1.0');
    const documents = environmentOf(containerOf(deploymentOf(manifests, 'documents')));
    const hosts = ingresses(manifests).flatMap((i) => (i.spec?.rules ?? []).map((r) => r.host));
    expect(hosts).toEqual([new URL(documents['PUBLIC_BASE_URL'] ?? '').hostname]);
    expect(ingresses(manifests).flatMap((i) => (i.spec?.tls ?? []).flatMap((t) => t.hosts))).toEqual(hosts);
  });

  it('patches the external services with hosts of their own, not the base placeholders', () => {
    const externalNames = services(manifests)
      .filter((s) => s.spec?.type === 'ExternalName')
      .map((s) => s.spec?.externalName ?? '');
    expect(externalNames.filter((name) => name.endsWith('.data.example') || name.endsWith('.legacy.example'))).toEqual(
      [],
    );
  });
});

describe("the test's kustomize renderer (test-support/kustomize.ts)", () => {
  let dir: string;
  beforeAll(() => {
    dir = testTempDir('kustomize');
  });
  afterAll(() => removeTestTempDir(dir));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };

  it('merges containers and env by name, replaces other lists, deletes on null', () => {
    const merged = strategicMerge(
      {
        spec: {
          containers: [
            {
              name: 'a',
              image: 'x',
              env: [
                { name: 'ONE', value: '1' },
                { name: 'TWO', value: '2' },
              ],
              args: ['p'],
            },
          ],
          dropped: true,
        },
      },
      { spec: { containers: [{ name: 'a', env: [{ name: 'TWO', value: 'two' }], args: ['q'] }], dropped: null } },
    );
    expect(merged).toEqual({
      spec: {
        containers: [
          {
            name: 'a',
            image: 'x',
            env: [
              { name: 'ONE', value: '1' },
              { name: 'TWO', value: 'two' },
            ],
            args: ['q'],
          },
        ],
      },
    });
  });

  it('refuses a patch of an object the resources do not have, and fields it does not carry out', () => {
    write('a/base.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: one\n');
    write('a/patch.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: two\n');
    write('a/kustomization.yaml', 'resources: [base.yaml]\npatches:\n  - path: patch.yaml\n');
    expect(() => renderKustomization(path.join(dir, 'a'))).toThrow(
      'patches Service/two, which the resources do not have',
    );
    write('b/base.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: one\n');
    write('b/kustomization.yaml', 'resources: [base.yaml]\nconfigMapGenerator: []\n');
    expect(() => renderKustomization(path.join(dir, 'b'))).toThrow('does not carry out configMapGenerator');
  });
});
