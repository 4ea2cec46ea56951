import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** A Kubernetes object as a manifest has it: what every kind shares, the rest left to its schema. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

/** Kinds that live in no namespace: kustomize's `namespace` leaves them alone. */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition']);

/**
 * The fields of a kustomization this renderer carries out; any other (generators, replacements,
 * JSON 6902 patches, components, labels…) is refused rather than skipped, so a kustomization the
 * test cannot render the way `kubectl kustomize` does fails loudly instead of passing unchecked.
 */
const UNDERSTOOD = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'patches']);

interface Kustomization {
  resources?: string[];
  namespace?: string;
  images?: Array<{ name: string; newName?: string; newTag?: string }>;
  patches?: Array<{ path?: string; [key: string]: unknown }>;
}

/** The YAML documents of a manifest file, empty ones dropped. */
export function readManifests(file: string): Manifest[] {
  const documents = parseAllDocuments(readFileSync(file, 'utf8'));
  const manifests: Manifest[] = [];
  for (const document of documents) {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.map((e) => e.message).join('; ')}`);
    const value: unknown = document.toJS();
    if (value === null || value === undefined) continue;
    const manifest = value as Manifest;
    if (typeof manifest.kind !== 'string' || typeof manifest.metadata?.name !== 'string')
      throw new Error(`${file}: a document without kind or metadata.name`);
    manifests.push(manifest);
  }
  return manifests;
}

/**
 * `kubectl kustomize <folder>` for the subset of Kustomize deploy/kubernetes uses, so the test
 * needs no kubectl: resources (files and folders, recursively), `namespace`, `images` and
 * strategic-merge `patches` (each patch names an object of the resources by kind and name, and
 * must find it). Lists merge the way the Kubernetes API declares for the fields used here:
 * containers, env and volumes by `name`, volumeMounts by `mountPath`; every other list is replaced.
 */
export function renderKustomization(folder: string): Manifest[] {
  const file = path.join(folder, 'kustomization.yaml');
  if (!existsSync(file)) throw new Error(`${folder}: no kustomization.yaml`);
  const [kustomizationDocument] = readManifestsLoosely(file);
  const kustomization = kustomizationDocument as Kustomization;
  const unknown = Object.keys(kustomization).filter((key) => !UNDERSTOOD.has(key));
  if (unknown.length > 0) throw new Error(`${file}: the test's renderer does not carry out ${unknown.join(', ')}`);

  let manifests: Manifest[] = [];
  for (const resource of kustomization.resources ?? []) {
    const target = path.resolve(folder, resource);
    manifests.push(...(statSync(target).isDirectory() ? renderKustomization(target) : readManifests(target)));
  }
  const keyOf = (m: Manifest): string => `${m.kind}/${m.metadata.name}`;
  const seen = new Set<string>();
  for (const manifest of manifests) {
    if (seen.has(keyOf(manifest))) throw new Error(`${folder}: ${keyOf(manifest)} is declared twice`);
    seen.add(keyOf(manifest));
  }

  for (const patch of kustomization.patches ?? []) {
    const extra = Object.keys(patch).filter((key) => key !== 'path');
    if (!patch.path || extra.length > 0)
      throw new Error(`${file}: only patches given by path (strategic merge, no target) are rendered`);
    for (const patchManifest of readManifests(path.resolve(folder, patch.path))) {
      const index = manifests.findIndex((m) => keyOf(m) === keyOf(patchManifest));
      if (index < 0) throw new Error(`${patch.path}: patches ${keyOf(patchManifest)}, which the resources do not have`);
      manifests[index] = strategicMerge(manifests[index], patchManifest) as Manifest;
    }
  }

  if (kustomization.namespace) {
    const namespace = kustomization.namespace;
    manifests = manifests.map((m) =>
      CLUSTER_SCOPED.has(m.kind) ? m : { ...m, metadata: { ...m.metadata, namespace } },
    );
  }
  for (const image of kustomization.images ?? []) manifests = manifests.map((m) => withImage(m, image));
  return manifests;
}

function readManifestsLoosely(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((document) => document.toJS() as unknown);
}

const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A strategic merge patch applied to `base` (maps merged, keyed lists merged by their key, null deletes). */
export function strategicMerge(base: unknown, patch: unknown, field = ''): unknown {
  if (isObject(base) && isObject(patch)) {
    if (Object.keys(patch).some((key) => key.startsWith('$')))
      throw new Error(
        `strategic merge directives ($patch, $setElementOrder…) are not rendered (in ${field || 'root'})`,
      );
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete merged[key];
      else merged[key] = key in base ? strategicMerge(base[key], value, key) : value;
    }
    return merged;
  }
  const mergeKey = MERGE_KEYS[field];
  if (Array.isArray(base) && Array.isArray(patch) && mergeKey) {
    const merged = [...base] as unknown[];
    for (const item of patch) {
      if (!isObject(item) || typeof item[mergeKey] !== 'string')
        throw new Error(`an item of ${field} without its ${mergeKey}`);
      const index = merged.findIndex((existing) => isObject(existing) && existing[mergeKey] === item[mergeKey]);
      if (index < 0) merged.push(item);
      else merged[index] = strategicMerge(merged[index], item, `${field}[]`);
    }
    return merged;
  }
  return patch;
}

/** Kustomize's images transformer: every container whose image is `image.name` gets the new name and tag. */
function withImage(manifest: Manifest, image: { name: string; newName?: string; newTag?: string }): Manifest {
  const replace = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replace);
    if (!isObject(value)) return value;
    const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replace(item)]));
    // A container: a name and an image.
    if (typeof copy['image'] === 'string' && typeof copy['name'] === 'string') {
      const [name, tag] = copy['image'].split(':');
      if (name === image.name) copy['image'] = `${image.newName ?? name}:${image.newTag ?? tag ?? 'latest'}`;
    }
    return copy;
  };
  return replace(manifest) as Manifest;
}
