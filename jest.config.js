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
  testTimeout: 60000,
};
