import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

// Typed documents from the checked-in contract; the persisted-documents
// manifest (sha256 of each printed document) is the app's half of the
// server's persisted-operation allowlist (backend/api/persisted.py).
const config: CodegenConfig = {
  schema: "../graphql/schema.graphql",
  ignoreNoDocuments: false,
  generates: {
    "./src/gql/": {
      documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*", "!src/gql-operations/**/*"],
      preset: "client",
      // graphcache normalises by __typename: the allowlisted text must ask for it.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string", Date: "string", Decimal: "string", JSON: "unknown" },
      },
    },
    // graphql/operations/: the named documents other clients send. Their
    // manifest (the same normalised, printed text and hash as the app's) is
    // the folder's half of the allowlist; the app never imports it.
    "./src/gql-operations/": {
      preset: "client",
      documents: ["../graphql/operations/*.graphql"],
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
      },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
