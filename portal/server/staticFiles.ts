import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { HttpError, type Route } from '../../platform/http';
import { cookie, CSRF_COOKIE, readCookies } from './cookies';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const CSRF_TTL_SECONDS = 12 * 3600;
/** Addresses of the portal server's own routes: never answered with a page. */
const NOT_PAGES = /^\/(graphql|session|dev|health)(\/|$)|^\/documents\//;

/**
 * Scripts, styles, images and connections from this origin only; nothing inline, no eval, no
 * frames, no plugins; DOM sinks take Trusted Types only (React never writes HTML strings).
 */
export function contentSecurityPolicy(production: boolean): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    ...(production ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Headers on every answer of the portal server. */
export function securityHeaders(production: boolean): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(production),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    ...(production ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

interface StaticFile {
  body: Buffer;
  contentType: string;
  etag: string;
  immutable: boolean;
}

function readBuild(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const body = readFileSync(full);
        const urlPath = `/${path.relative(dir, full).split(path.sep).join('/')}`;
        files.set(urlPath, {
          body,
          contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream',
          etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
          // Vite names what it builds by content hash: such a file never changes under its name.
          immutable: urlPath.startsWith('/assets/'),
        });
      }
    }
  };
  walk(dir);
  return files;
}

/**
 * The built portal: its files, and index.html for every other page address (the pages route in
 * the browser). The page gets its CSRF cookie here, before it can send anything.
 */
export function staticRoutes(dir: string): Route[] {
  let files: Map<string, StaticFile>;
  try {
    files = readBuild(dir);
  } catch {
    throw new Error(`PORTAL_STATIC_DIR: no built portal in ${dir}; run "npm run build:portal".`);
  }
  const index = files.get('/index.html');
  if (!index) throw new Error(`PORTAL_STATIC_DIR: ${dir} has no index.html; run "npm run build:portal".`);

  const send = (
    res: ServerResponse,
    file: StaticFile,
    ifNoneMatch: string | undefined,
    extra: Record<string, string> = {},
  ) => {
    const headers = {
      'content-type': file.contentType,
      etag: file.etag,
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...extra,
    };
    if (ifNoneMatch === file.etag) res.writeHead(304, headers).end();
    else
      res
        .writeHead(200, { ...headers, 'content-length': file.body.length })
        .end(res.req.method === 'HEAD' ? undefined : file.body);
  };

  return [
    {
      method: 'GET',
      path: '/*',
      handler: ({ req, res, url }) => {
        if (NOT_PAGES.test(url.pathname)) throw new HttpError(404, 'NOT_FOUND', 'No such resource.');
        const file = files.get(url.pathname);
        if (file && url.pathname !== '/index.html') {
          send(res, file, req.headers['if-none-match']);
          return;
        }
        const csrf = readCookies(req).get(CSRF_COOKIE);
        const token = csrf && csrf.length >= 16 ? csrf : randomBytes(24).toString('base64url');
        send(res, index, undefined, {
          'cache-control': 'no-store',
          'set-cookie': cookie(CSRF_COOKIE, token, { maxAgeSeconds: CSRF_TTL_SECONDS, readable: true }),
        });
      },
    },
  ];
}
