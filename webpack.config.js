/**
 * Builds the task pane and the ribbon's function file into dist/, with the icons, a copy of
 * Office.js and the manifest, whose development URLs are rewritten to the hosting address:
 *
 *   npm run build -- --env url=https://host/path/ [--env officejs=local]
 *   npm run dev-server            (https://localhost:3000/, trusted development certificates)
 *
 * Only the dev-server needs certificates, so office-addin-dev-certs is loaded inside that branch
 * and a production build runs on any machine. ExcelJS and docx are loaded on demand (dynamic
 * import) into chunks of their own so the pane opens without them, and the pane's pages are
 * rendered into taskpane.html at build time so it shows before its scripts run.
 */
"use strict";

const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS = {
  cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  local: "office-js/office.js",
};
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/**
 * Office.js files the Excel pane never loads: debug builds, editor hints and the other Office
 * applications. Skipping them shrinks the local copy from about 86 MB to about 15 MB.
 */
const OFFICE_JS_UNUSED = [
  "**/*.debug.js",
  "**/*vsdoc.js",
  "**/*.d.ts",
  "**/{access,onenote,outlook,powerpoint,project,word}*",
];

/** The hosting address from `--env url=…`, normalised to end with "/", or null when not given. */
function hostingUrl(env) {
  if (env.url === undefined) return null;
  let url;
  try {
    url = new URL(String(env.url));
  } catch {
    throw new Error(`--env url=${env.url} is not a URL; expected e.g. https://example.gov.vn/kehoach/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`--env url must use https (Office loads add-ins only over https)`);
  }
  if (url.search || url.hash) throw new Error(`--env url must be a folder address without "?" or "#"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function officeJsUrl(env) {
  const source = env.officejs ?? "cdn";
  if (!Object.hasOwn(OFFICE_JS, source)) {
    throw new Error(`--env officejs must be "cdn" or "local", not "${source}"`);
  }
  return OFFICE_JS[source];
}

function rewriteManifest(content, url) {
  return url === null ? content : content.toString().replaceAll(DEV_URL, url);
}

/** A production build without a URL still works, but its manifest only suits a developer's machine. */
function warnWhenManifestPointsAtLocalhost(production, url) {
  return (compiler) => {
    if (!production || url !== null) return;
    compiler.hooks.thisCompilation.tap("ManifestUrl", (compilation) => {
      const message = `dist/manifest.xml still points at ${DEV_URL}; build with --env url=https://your-host/path/`;
      compilation.warnings.push(new webpack.WebpackError(message));
    });
  };
}

async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

function copyPatterns(url) {
  return [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, url) },
    {
      from: OFFICE_JS_DIST,
      // Globbing from the package's own folder keeps the ignore patterns working when
      // node_modules lies outside the project (a symlink, a workspace root).
      context: OFFICE_JS_DIST,
      to: "office-js",
      globOptions: { ignore: OFFICE_JS_UNUSED },
      // Microsoft ships these minified; without this flag Terser would spend minutes on 15 MB again.
      info: { minimized: true },
    },
  ];
}

function htmlPages(env) {
  const templateParameters = { officeJsUrl: officeJsUrl(env) };
  return [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      templateParameters,
      // After the prerendered page (see the template's comment).
      inject: "body",
    }),
    new HtmlWebpackPlugin({
      filename: "commands.html",
      template: "./src/commands/commands.html",
      chunks: ["commands"],
      templateParameters,
    }),
  ];
}

/**
 * taskpane.html renders the pane at build time (src/taskpane/prerender.tsx) in the child
 * compiler HtmlWebpackPlugin runs templates with. There the pane's chunks mean nothing: what
 * the pane fetches later joins the one file that compiler runs, except ExcelJS and docx, which
 * rendering never reaches (left to require(), so they are not bundled a second time).
 */
function prerenderInOneFile(compiler) {
  compiler.hooks.thisCompilation.tap("Prerender", (compilation) => {
    compilation.hooks.childCompiler.tap("Prerender", (child, name) => {
      if (name !== "HtmlWebpackCompiler") return;
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }).apply(child);
      new webpack.ExternalsPlugin("commonjs", ["exceljs", "docx"]).apply(child);
    });
  });
}

/** ExcelJS and docx are large; each goes to its own chunk, fetched when a feature first needs it. */
function lazyLibraryChunk(name) {
  return {
    test: new RegExp(`[\\\\/]node_modules[\\\\/]${name}[\\\\/]`),
    name,
    chunks: "async",
    enforce: true,
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode !== "development";
  const url = hostingUrl(env);
  const hashed = production ? ".[contenthash:8]" : "";
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: `[name]${hashed}.js`,
      chunkFilename: `[name]${hashed}.js`,
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Type errors are reported by `npm run lint` (tsc --noEmit); the build only transpiles.
          options: {
            transpileOnly: true,
            compilerOptions: { module: "esnext", noEmit: false, sourceMap: true },
          },
        },
      ],
    },
    optimization: {
      splitChunks: { cacheGroups: { exceljs: lazyLibraryChunk("exceljs"), docx: lazyLibraryChunk("docx") } },
    },
    // The pane's size budget (initial JS gzipped) is checked by test/build; webpack's own hints
    // measure uncompressed bytes and would flag the lazy ExcelJS chunk on every build.
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({ patterns: copyPatterns(url) }),
      ...htmlPages(env),
      prerenderInOneFile,
      warnWhenManifestPointsAtLocalhost(production, url),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttpsOptions() },
        }
      : undefined,
  };
};
