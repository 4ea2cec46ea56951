import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../platform/paths';

/**
 * Builds the customer portal with Vite into `outDir` (portal/dist unless given), as
 * `npm run build:portal` does; rejects with Vite's own output when the build fails.
 */
export function buildPortal(outDir?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'portal/vite.config.ts',
        '--logLevel',
        'warn',
      ],
      {
        cwd: projectRoot,
        env: { ...process.env, ...(outDir ? { PORTAL_BUILD_DIR: outDir } : {}) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The portal's build failed (vite exit ${code}):\n${output}`)),
    );
  });
}
