// Copies the files strawberry's GraphiQL page loads from a CDN into
// dist/graphiql/, with the same paths, so GraphiQL works on a closed network.
// The server rewrites the page's CDN addresses to /graphiql/… (byte-identical
// files, so the page's integrity attributes still hold).
import { cpSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = dirname(dirname(fileURLToPath(import.meta.url)));
const modules = join(web, "graphiql-vendor", "node_modules");
const files = [
  "@graphiql/plugin-explorer/dist/index.umd.js",
  "@graphiql/plugin-explorer/dist/style.css",
  "graphiql/graphiql.min.css",
  "graphiql/graphiql.min.js",
  "js-cookie/dist/js.cookie.min.js",
  "react-dom/umd/react-dom.production.min.js",
  "react/umd/react.production.min.js",
];
for (const file of files) {
  const target = join(web, "dist", "graphiql", file);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(modules, file), target);
}
console.log(`vendored ${files.length} GraphiQL files into dist/graphiql/`);
