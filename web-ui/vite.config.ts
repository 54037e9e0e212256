import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Two pages, built separately because each has its own base path and its own access rules on the
// server (ADR 0073):
// - `vite build` builds the Studio (index.html) for /studio/ into target/dist;
// - `vite build --mode designer` builds the designer (designer.html) for / into
//   target/dist-designer.
// Maven packs them into the web-ui jar as dbkeep-web-ui/ and dbkeep-web-ui/designer/.
export default defineConfig(({ mode }) => {
  const designer = mode === 'designer'
  // Where the development (and `vite preview`) server sends API calls: DBKEEP_API, else port 8080.
  const api = process.env.DBKEEP_API ?? 'http://127.0.0.1:8080'
  return {
    base: designer ? '/' : '/studio/',
    plugins: [vue()],
    build: {
      outDir: designer ? 'target/dist-designer' : 'target/dist',
      emptyOutDir: true,
      assetsDir: 'assets',
      sourcemap: false,
      chunkSizeWarningLimit: 600,
      rollupOptions: { input: designer ? 'designer.html' : 'index.html' },
    },
    server: {
      proxy: (designer
        ? {
            // `npm run dev:designer` against a running `dbkeep serve` (DBKEEP_API, else port 8080).
            '/api': api,
          }
        : {
            // `npm run dev` against a running `dbkeep studio --port 4983`.
            '/studio/api': 'http://127.0.0.1:4983',
          }) as Record<string, string>,
    },
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.test.ts'],
      // The editor and layout tests run elk and mount the whole editor: a few hundred ms on an idle
      // machine, past Vitest's 5 s default on a loaded CI machine. A hang still fails.
      testTimeout: 30_000,
    },
  }
})
