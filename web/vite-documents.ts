// Each GraphQL document in a module of its own, so a screen's chunk carries
// only the documents it sends. graphql-codegen's client preset writes every
// document into one module (src/gql/graphql.ts); Rollup puts a module in one
// chunk, and since every chunk uses some of them, all of them (HR's too) went
// into the first load. At build time a Babel plugin turns each
// graphql(`query AppHome …`) into an import of "virtual:gql-document/AppHomeDocument",
// and a Vite plugin answers that import with that one document's constant,
// taken from graphql.ts (the text, hash and all: the persisted manifest
// does not change). Type checking still sees the typed graphql() calls.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { NodePath, PluginObj, types as BabelTypes } from "@babel/core";
import { parse } from "graphql";
import type { Plugin } from "vite";

const PREFIX = "virtual:gql-document/";
const RESOLVED = "\0" + PREFIX;
const GENERATED = resolve(__dirname, "src/gql/graphql.ts");

/** AppHome (query) -> AppHomeDocument, AppActivityFields (fragment) -> AppActivityFieldsFragmentDoc. */
export function documentName(text: string): string | null {
  const [first] = parse(text).definitions;
  if (first?.kind === "OperationDefinition" && first.name) return `${first.name.value}Document`;
  if (first?.kind === "FragmentDefinition") return `${first.name.value}FragmentDoc`;
  return null;
}

export function babelDocumentImports({ types: t }: { types: typeof BabelTypes }): PluginObj {
  return {
    name: "ledelyst-document-imports",
    visitor: {
      CallExpression(path: NodePath<BabelTypes.CallExpression>) {
        const { callee, arguments: args } = path.node;
        if (!t.isIdentifier(callee, { name: "graphql" }) || args.length !== 1) return;
        const [literal] = args;
        if (!t.isTemplateLiteral(literal) || literal.quasis.length !== 1) return;
        const name = documentName(literal.quasis[0].value.raw);
        if (!name) return;
        const program = path.findParent((p) => p.isProgram()) as NodePath<BabelTypes.Program>;
        const local = path.scope.generateUidIdentifier(name);
        program.unshiftContainer(
          "body",
          t.importDeclaration([t.importSpecifier(local, t.identifier(name))], t.stringLiteral(PREFIX + name)),
        );
        path.replaceWith(local);
      },
    },
  };
}

export function documentModules(): Plugin {
  let constants: Map<string, string> | null = null;
  return {
    name: "ledelyst-document-modules",
    buildStart() {
      constants = null; // codegen ran before the build: read it afresh
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? "\0" + id : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      if (!constants) {
        constants = new Map();
        const found = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
        for (const [, name, json] of readFileSync(GENERATED, "utf8").matchAll(found)) constants.set(name, json);
      }
      const name = id.slice(RESOLVED.length);
      const json = constants.get(name);
      if (!json) throw new Error(`${name} is not in src/gql/graphql.ts: run npm run codegen`);
      return `export const ${name} = ${json};`;
    },
  };
}
