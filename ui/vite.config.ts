/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// The app embeds ui/dist and serves it under a strict CSP
// (default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'):
// every asset must be a separate same-origin file, never a data: URI.
export default defineConfig({
  base: './',
  // svelteTesting() only changes the config when running under Vitest.
  plugins: [svelte(), svelteTesting()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // Tauri on Linux renders with WebKitGTK 2.50 (Safari 16+ engine).
    target: 'safari16',
    cssTarget: 'safari16',
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: {
    fs: {
      // Tests import the real Fluent catalogues from ../locales and the shipped
      // exercise definitions from ../assets/content.
      allow: ['.', '../locales', '../assets/content'],
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts'],
    // On a cold, busy 2-core machine the first test of a file also pays for importing Svelte
    // and the catalogues: seconds, not a hang. Speed is measured in benchmarks, not here.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // The booklet's paper-size sheets are linked by URL (`?url`): give them a real URL in tests.
    // The font test reads app.css and the font packages' CSS as text (`?raw`).
    css: { include: [/booklet-a[45]\.css/, /styles\/app\.css/, /@fontsource/] },
  },
});
