// Vite build for the Tauri window: a static bundle in ui/dist, no dev-only
// runtime, CSS emitted to files so the strict CSP (style-src 'self') holds.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte({ compilerOptions: { css: 'external' } })],
  clearScreen: false,
  base: './',
  server: { port: 1420, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Keep assets as files: inlined data: URLs for scripts are blocked by the CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
