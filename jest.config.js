/** Jest runs every test under test/: TypeScript through ts-jest (type checking is left to `tsc --noEmit` in `npm run lint`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
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
  testTimeout: 60000,
};
