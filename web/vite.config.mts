import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w web`: Vite with the API paths proxied to a running gateway (GATEWAY_URL, default :4000).
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', assetsDir: 'static', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: {
    proxy: {
      '/graphql': { target: gateway, ws: true, changeOrigin: true },
      '/files': { target: gateway, changeOrigin: true },
      '/media': { target: gateway, changeOrigin: true },
      '/auth': { target: gateway, changeOrigin: true },
    },
  },
});
