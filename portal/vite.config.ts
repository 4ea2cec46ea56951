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
    // One chunk of about 650 kB (180 kB compressed): React, Apollo Client and the pages.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      // Libraries' "use client" lines mean nothing without server components: not a problem to report.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
