import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app (web/README.md). Run with web/ as the root — `vite build web`, `vite web` — so every path here is
 * relative to web/ and the config needs no Node APIs (web/tsconfig.json checks it with the browser code).
 */
export default defineConfig({
  plugins: [react()],
  build: {
    // The Node server serves web/dist at / (src/http/static-web.ts).
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // .vite/manifest.json: the server preloads an area's chunks with the page that opens it (src/http/web-area-preloads.ts).
    manifest: true,
    target: 'es2022',
  },
  server: {
    // `npm run dev:web`: Vite serves the app with hot reload; the API comes from `npm start` on port 3000.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/docs': 'http://127.0.0.1:3000',
      '/health': 'http://127.0.0.1:3000',
    },
  },
});
