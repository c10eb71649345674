// Copies the files strawberry's GraphiQL page loads from a CDN into
// dist/graphiql/<package>@<version>/…, the CDN's own paths, so GraphiQL works
// on a closed network. The server points the page's addresses at /graphiql/
// (byte-identical files: the page's integrity attributes still hold).
import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = dirname(dirname(fileURLToPath(import.meta.url)));
const modules = join(web, "graphiql-vendor", "node_modules");
const files = [
  ["@graphiql/plugin-explorer", "dist/index.umd.js"],
  ["@graphiql/plugin-explorer", "dist/style.css"],
  ["graphiql", "graphiql.min.css"],
  ["graphiql", "graphiql.min.js"],
  ["js-cookie", "dist/js.cookie.min.js"],
  ["react-dom", "umd/react-dom.production.min.js"],
  ["react", "umd/react.production.min.js"],
];
for (const [name, file] of files) {
  const { version } = JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8"));
  const target = join(web, "dist", "graphiql", `${name}@${version}`, file);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(modules, name, file), target);
}
console.log(`vendored ${files.length} GraphiQL files into dist/graphiql/`);
