/**
 * Bundles test/e2e/fake-excel-entry.ts into one plain script, fake-excel.js, that a browser
 * test hands to addInitScript: it runs before the pane's own scripts in every page it opens.
 *
 *   webpack --config test/e2e/fake-excel.webpack.js --output-path OUT
 */
"use strict";

const path = require("node:path");

module.exports = {
  mode: "production",
  target: "web",
  // An init script is evaluated as text; a source map comment would point at nothing.
  devtool: false,
  entry: path.join(__dirname, "fake-excel-entry.ts"),
  output: { filename: "fake-excel.js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        loader: "ts-loader",
        options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } },
      },
    ],
  },
  performance: { hints: false },
};
