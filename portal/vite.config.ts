import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * The portal's build: plain files for the portal server to serve under a strict
 * Content-Security-Policy, so nothing is inlined (no inline script, style or data: URL).
 */
export default defineConfig({
  root: import.meta.dirname,
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: process.env['PORTAL_BUILD_DIR'] ?? path.resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    reportCompressedSize: false,
  },
});
