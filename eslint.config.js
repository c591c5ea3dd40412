import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Import rules that keep the layers apart (docs/architecture.md). */
const layer = (files, patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        AbortSignal: "readonly",
        AbortController: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        setImmediate: "readonly",
        performance: "readonly",
        fetch: "readonly",
        Response: "readonly",
        TextDecoder: "readonly",
        TextEncoder: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-empty-function": "off",
      "no-empty": ["error", { allowEmptyCatch: true }],
    },
  },
  {
    // Promises that nobody awaits or that are handed to callbacks expecting void: type-aware.
    files: ["src/**/*.ts", "test/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["test", "describe", "it", "suite", "before", "after", "beforeEach", "afterEach"] },
          ],
        },
      ],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false, attributes: false } }],
    },
  },
  layer(
    ["src/core/**/*.ts"],
    [
      { group: ["@actions/*"], message: "src/core is usable alone: it never imports @actions/*." },
      { group: ["**/cli/**", "**/actions/**", "**/emulator/**"], message: "src/core imports nothing from the CLI, the actions or the emulator." },
    ],
  ),
  layer(
    ["src/emulator/**/*.ts"],
    [
      {
        group: ["**/core/**", "!**/core/types", "!**/core/types/**"],
        message: "The emulator shares only the wire types (src/core/types) with the client.",
      },
      { group: ["**/cli/**", "**/actions/**", "@actions/*"], message: "The emulator imports nothing from the CLI or the actions." },
    ],
  ),
  layer(["src/cli/**/*.ts"], [{ group: ["**/actions/**", "**/emulator/**", "@actions/*"], message: "The CLI is built on src/core only." }]),
  layer(["src/actions/**/*.ts"], [{ group: ["**/cli/**", "**/emulator/**"], message: "Actions are built on src/core only." }]),
);
