import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { babelDocumentImports, documentModules } from "./vite-documents";

// The API the dev server forwards to (`make web-dev` runs both).
const api = process.env.LEDELYST_API ?? "http://127.0.0.1:8000";
const forwarded = ["/graphql", "/auth", "/files", "/rate", "/p"];

export default defineConfig({
  plugins: [
    // Each graphql(`…`) becomes an import of that one document (vite-documents.ts),
    // so the first load no longer carries every document of every screen.
    react({ babel: { plugins: [babelDocumentImports] } }),
    documentModules(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: null,
      manifest: {
        name: "Ledelyst",
        short_name: "Ledelyst",
        description: "Lederudvikling for nye ledere, mentorer og ledere af ledere",
        lang: "da",
        start_url: "/",
        scope: "/",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#1d4e89",
        icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
      },
      workbox: {
        // The app shell: every built asset is precached; app routes are
        // answered with index.html while offline. The server's own routes
        // never are (they are not the app). Workbox matches the denylist
        // against path and query: "/rate?t=…" (a rater's form) must not match
        // the app's fallback either.
        globPatterns: ["**/*.{js,css,html,svg,webmanifest}"],
        globIgnores: ["graphiql/**"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/(graphql|auth|files|rate|p|healthz|readyz|docs)([/?#]|$)/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { outDir: "dist", assetsDir: "assets", sourcemap: false, target: "es2022" },
  server: {
    host: "127.0.0.1",
    port: 5173,
    proxy: Object.fromEntries(forwarded.map((path) => [path, { target: api, changeOrigin: false }])),
  },
});
