import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// The Studio is served by the Java server under /studio; the built files go to target/dist,
// which Maven packs into the web-ui jar as dbkeep-web-ui/.
export default defineConfig({
  base: '/studio/',
  plugins: [vue()],
  build: {
    outDir: 'target/dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: {
      // `npm run dev` against a running `dbkeep studio --port 4983`.
      '/studio/api': 'http://127.0.0.1:4983',
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
})
