import react from "@vitejs/plugin-react";
import { NodePackageImporter } from "sass";
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  css: { preprocessorOptions: { scss: { quietDeps: true, importers: [new NodePackageImporter()] } } },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8080",
      "/healthz": "http://127.0.0.1:8080",
      "/nhsuk-assets": "http://127.0.0.1:8080",
    },
  },
});
