import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { HttpError, type Route } from '../platform/http';
import type { Logger } from '../platform/logger';
import type { SandboxPreload } from './sandbox';

/** Where the gateway serves GraphiQL outside production: the page, and its files under it. */
export const GRAPHIQL_PATH = '/graphiql';

/** The npm package whose prebuilt bundle is served (a devDependency: never in the production image). */
const PACKAGE = '@graphql-yoga/graphiql';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/**
 * The only files served under /graphiql/: each address names one file of the package's dist/ (or
 * the page's start script below). Nothing else is looked up, so no request can reach another file.
 */
const PACKAGE_FILES: Record<string, { file: string; contentType: string }> = {
  'yoga-graphiql.umd.js': { file: 'dist/yoga-graphiql.umd.js', contentType: JS },
  'graphiql.css': { file: 'dist/graphiql.css', contentType: CSS },
  'workers/editor.worker.js': { file: 'dist/monacoeditorwork/editor.worker.bundle.js', contentType: JS },
  'workers/json.worker.js': { file: 'dist/monacoeditorwork/json.worker.bundle.js', contentType: JS },
  // (sic: the package names it with two dots)
  'workers/graphql.worker.js': { file: 'dist/monacoeditorwork/graphql.worker..bundle.js', contentType: JS },
};

/**
 * The page's own script, a file so that the page needs no inline script: it tells Monaco where its
 * workers are and renders GraphiQL with the options the page carries as JSON.
 */
const START_SCRIPT = `'use strict';
(function () {
  var base = ${JSON.stringify(`${GRAPHIQL_PATH}/workers/`)};
  var workers = { editorWorkerService: 'editor', json: 'json', graphql: 'graphql' };
  self.MonacoEnvironment = {
    getWorkerUrl: function (_moduleId, label) {
      return base + (workers[label] || 'editor') + '.worker.js';
    },
  };
  var options = JSON.parse(document.getElementById('graphiql-options').textContent);
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('graphiql'), options);
})();
`;

/**
 * Same origin only: the scripts, the style sheet, Monaco's workers and the calls to /graphql. Inline
 * styles are allowed because React and Monaco set style attributes and add <style> elements; fonts
 * and images also come as data: URLs from GraphiQL's style sheet. No inline script, no eval, no
 * frames, no other host.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': GRAPHIQL_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

interface Asset {
  body: Buffer;
  contentType: string;
  etag: string;
}

function asset(body: Buffer, contentType: string): Asset {
  return { body, contentType, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

/** `<` escaped, so the JSON cannot close the script element it sits in. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function page(options: Record<string, unknown>): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>GraphiQL: customer graph (development)</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${GRAPHIQL_PATH}/graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="graphiql"></div>
    <script type="application/json" id="graphiql-options">${scriptJson(options)}</script>
    <script src="${GRAPHIQL_PATH}/yoga-graphiql.umd.js"></script>
    <script src="${GRAPHIQL_PATH}/start.js"></script>
  </body>
</html>
`;
}

function send(res: ServerResponse, file: Asset, ifNoneMatch: string | undefined, cacheControl: string): void {
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': file.contentType,
    etag: file.etag,
    'cache-control': cacheControl,
  };
  if (ifNoneMatch === file.etag) res.writeHead(304, headers).end();
  else
    res
      .writeHead(200, { ...headers, 'content-length': file.body.length })
      .end(res.req.method === 'HEAD' ? undefined : file.body);
}

export interface GraphiqlOptions {
  /** What the page opens with (the same as Sandbox's, sandbox.ts); an empty editor when not given. */
  preload?: SandboxPreload;
  /** The GraphQL endpoint the page calls, on the gateway's own origin. */
  endpoint: string;
  log: Logger;
}

/**
 * Development only (the gateway adds these routes only outside production): GraphiQL from npm,
 * served by the gateway itself so that it works offline, opening with the preloaded operation and
 * headers. Files come from the installed package by resolved path, read when first asked for.
 * Without the package (a pruned install) there are no routes: /graphiql answers 404.
 */
export function graphiqlRoutes({ preload, endpoint, log }: GraphiqlOptions): Route[] {
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve(`${PACKAGE}/package.json`));
  } catch {
    log.warn(`${PACKAGE} is not installed (npm install): no GraphiQL at ${GRAPHIQL_PATH}.`);
    return [];
  }
  const headers = preload ? JSON.stringify(preload.headers, null, 2) : undefined;
  const html = asset(
    Buffer.from(
      page({
        title: 'Customer graph',
        endpoint,
        // The query unless the address carries an edited one (GraphiQL keeps edits in ?query=).
        ...(preload ? { query: preload.document } : {}),
        // For new tabs, and for the open one: a token of an earlier run (expired by now) never
        // replaces the gateway's current one.
        ...(headers ? { headers, initialHeaders: headers } : {}),
        // Headers, and so the token, are not written to the browser's storage.
        shouldPersistHeaders: false,
      }),
    ),
    'text/html; charset=utf-8',
  );
  const loaded = new Map<string, Asset>([['start.js', asset(Buffer.from(START_SCRIPT), JS)]]);
  const load = (name: string): Asset | undefined => {
    const known = loaded.get(name);
    if (known) return known;
    const entry = Object.hasOwn(PACKAGE_FILES, name) ? PACKAGE_FILES[name] : undefined;
    if (!entry) return undefined;
    const file = asset(readFileSync(path.join(packageDir, entry.file)), entry.contentType);
    loaded.set(name, file);
    return file;
  };

  return [
    {
      method: 'GET',
      path: GRAPHIQL_PATH,
      // The page carries a token: never stored by the browser or a proxy.
      handler: ({ res }) => send(res, html, undefined, 'no-store'),
    },
    {
      method: 'GET',
      path: `${GRAPHIQL_PATH}/*`,
      handler: ({ req, res, url }) => {
        const file = load(url.pathname.slice(GRAPHIQL_PATH.length + 1));
        if (!file) throw new HttpError(404, 'NOT_FOUND', 'No such resource.');
        send(res, file, req.headers['if-none-match'], 'no-cache');
      },
    },
  ];
}
