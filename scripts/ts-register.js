/**
 * Lets Node run the TypeScript sources directly (benchmarks and maintenance scripts):
 * `node -r ./scripts/ts-register.js scripts/bench.ts`. Transpile only, CommonJS output;
 * type checking stays with `npm run lint`.
 */
"use strict";
const fs = require("node:fs");
const ts = require("typescript");

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  resolveJsonModule: true,
  sourceMap: false,
};

function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
  module._compile(outputText, filename);
}

require.extensions[".ts"] = compile;
require.extensions[".tsx"] = compile;
