#!/usr/bin/env node
// The `kehoach` command: runs the compiled command line (lib/ is built by `npm install` via the prepare script).
"use strict";
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("lib/cli/main.js")) {
    process.stderr.write(
      'kehoach chưa được biên dịch: hãy chạy "npm install" (hoặc "npm run prepare") trong thư mục dự án.\n',
    );
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
