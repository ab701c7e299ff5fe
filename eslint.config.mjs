/**
 * ESLint flat config: typescript-eslint's type-checked rules, the Office add-in rules
 * (eslint-plugin-office-addins, recommended + React) and eslint-config-prettier, so layout is left
 * to Prettier (`prettier --check` in `npm run lint`). The core in src/domain must stay free of
 * Office, React, ExcelJS, docx, adapters and Node APIs; a rule bans those imports there.
 */
import { builtinModules } from "node:module";
import { defineConfig, globalIgnores } from "eslint/config";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

function without(object, keys) {
  return object && Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

const OFFICE_RULES = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((preset) => Object.entries(preset.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

/**
 * The plugin's presets bring their own, older typescript-eslint (parser and plugin, which ESLint
 * refuses to register twice), an ES2015 parser setting, Prettier run inside ESLint, and rules that
 * skip .tsx files. Keep their rules (for .tsx too) and React settings; typescript-eslint below
 * parses and Prettier runs on its own. The Office rules move to OFFICE_CODE: they match method
 * names such as getCell, so ExcelJS code would trip them.
 */
function officeAddinsPresets() {
  return officeAddins.configs.react.map((preset) => ({
    ...preset,
    ...(preset.files && { files: [...preset.files, "**/*.tsx"] }),
    ...(preset.plugins && { plugins: without(preset.plugins, ["@typescript-eslint", "prettier"]) }),
    ...(preset.rules && {
      rules: without(preset.rules, ["prettier/prettier", ...Object.keys(OFFICE_RULES)]),
    }),
    ...(preset.languageOptions && {
      languageOptions: without(preset.languageOptions, ["parser", "ecmaVersion", "sourceType"]),
    }),
  }));
}

/** Code that calls the Excel JavaScript API (or the in-memory fake of it, through the same port). */
const OFFICE_CODE = [
  "src/adapters/office/**",
  "src/taskpane/**",
  "src/commands/**",
  "test/adapters/office/**",
  "test/taskpane/**",
];

const NOT_IN_DOMAIN = "src/domain is the pure core: read and write through its ports, not";
const DOMAIN_BANNED_PACKAGES = [
  { group: ["exceljs", "exceljs/*"], message: `${NOT_IN_DOMAIN} ExcelJS (src/adapters/xlsx).` },
  {
    group: ["docx", "docx/*"],
    message: `${NOT_IN_DOMAIN} docx (the .docx renderer lives outside the core).`,
  },
  {
    group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"],
    message: `${NOT_IN_DOMAIN} React.`,
  },
  {
    group: ["@microsoft/office-js", "@microsoft/office-js/*", "office-js"],
    message: `${NOT_IN_DOMAIN} Office.js.`,
  },
  {
    group: ["**/adapters", "**/adapters/**"],
    message: `${NOT_IN_DOMAIN} an adapter (adapters depend on the core).`,
  },
  { group: ["node:*"], message: `${NOT_IN_DOMAIN} Node APIs.` },
];

/** CommonJS tooling files (webpack, jest, scripts, bin) run in Node. */
const NODE_GLOBALS = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer", "URL"].map(
    (name) => [name, "readonly"],
  ),
);

export default defineConfig(
  globalIgnores(["dist/", "lib/", "node_modules/", "coverage/", "test-artifacts/"]),
  officeAddinsPresets(),
  tseslint.configs.recommendedTypeChecked,
  { files: OFFICE_CODE, rules: OFFICE_RULES },
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    settings: { react: { version: "18" } },
    rules: {
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // Props are typed by TypeScript; prop-types would only repeat them.
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: NODE_GLOBALS },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: builtinModules.map((name) => ({ name, message: `${NOT_IN_DOMAIN} Node APIs.` })),
          patterns: DOMAIN_BANNED_PACKAGES,
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension", "window", "document"].map((name) => ({
          name,
          message: `${NOT_IN_DOMAIN} the ${name} global.`,
        })),
      ],
    },
  },
  prettier,
);
