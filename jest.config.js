/**
 * Jest runs every test under test/: TypeScript through ts-jest (type checking is left to
 * `tsc --noEmit` in `npm run lint`). The end-to-end tests (test/e2e) are a project of their own
 * whose globalSetup builds the pane for production once per run; jest runs it only when one of
 * those tests is selected, so `npx jest test/domain` never waits for webpack.
 */
const common = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "CommonJS", moduleResolution: "Node", jsx: "react-jsx", isolatedModules: true },
        diagnostics: false,
      },
    ],
  },
  // The pane finds program files with webpack's require.context; under jest the Node loader does.
  moduleNameMapper: { "^(\\./|.*/taskpane/)programs$": "<rootDir>/test/support/programs-on-disk.ts" },
};

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: "unit",
      roots: ["<rootDir>/test"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
    },
    {
      ...common,
      displayName: "e2e",
      roots: ["<rootDir>/test/e2e"],
      globalSetup: "<rootDir>/test/e2e/global-setup.ts",
      globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
    },
  ],
};
