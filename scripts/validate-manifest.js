/**
 * Checks an add-in manifest before anyone sideloads or uploads it: the XML schema (xmllint with the
 * offline schemas in ../shared/schemas) and the rules the schema cannot express: every resid points
 * at a resource of the right kind, resource ids are unique, every URL is https, and every icon
 * exists in assets/ next to the manifest with the pixel size the manifest declares.
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml] [--schema <OfficeAppManifestV1_1.xsd>]
 * Exit codes: 0 valid; 1 the manifest has problems; 2 it could not be checked (a file or xmllint
 * is missing). Structural checks still run and print their findings when xmllint is missing.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const DEFAULT_SCHEMA = path.resolve(
  __dirname,
  "..",
  "..",
  "shared",
  "schemas",
  "office-addin-manifest",
  "OfficeAppManifestV1_1.xsd",
);
const EXIT = { valid: 0, invalid: 1, unchecked: 2 };

/** Which resource group a resid may point at, by the local name of the element that holds it. */
const RESOURCE_GROUP_OF = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
/** Elements whose DefaultValue (and Override values) are URLs. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);
const RESOURCE_URL_ELEMENTS = new Set(["Image", "Url"]);
/** The add-in's own icons and the sizes Office expects for a task-pane add-in. */
const ICON_SIZE_OF = { IconUrl: 32, HighResolutionIconUrl: 64 };

function parseArgs(argv) {
  const args = { manifest: "manifest.xml", schema: DEFAULT_SCHEMA };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--schema") args.schema = path.resolve(argv[++i] ?? "");
    else args.manifest = argv[i];
  }
  return args;
}

/** Returns null when valid, the xmllint report otherwise, or throws when xmllint is not installed. */
function checkSchema(manifest, schema) {
  const result = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
  if (result.error && result.error.code === "ENOENT") {
    throw new Error("xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils)");
  }
  return result.status === 0 ? null : (result.stderr || result.stdout).trim();
}

/**
 * Start tags with their attributes and the local names of their ancestors. A scanner is enough
 * because the manifest is plain XML we write ourselves (no CDATA, no DTD); a file that is not
 * well formed fails the xmllint check anyway.
 */
function scanElements(xml) {
  const elements = [];
  const stack = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  for (const [, closing, name, attributeText, selfClosing] of body.matchAll(
    /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g,
  )) {
    const localName = name.replace(/^.*:/, "");
    if (closing) {
      stack.pop();
      continue;
    }
    elements.push({ localName, attributes: parseAttributes(attributeText), ancestors: [...stack] });
    if (!selfClosing) stack.push(localName);
  }
  return elements;
}

function parseAttributes(text) {
  const attributes = {};
  for (const [, name, , value] of text.matchAll(/([\w:.-]+)\s*=\s*(["'])([\s\S]*?)\2/g)) {
    attributes[name] = decodeEntities(value);
  }
  return attributes;
}

function decodeEntities(value) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return value.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity) => named[entity]);
}

function parent(element) {
  return element.ancestors[element.ancestors.length - 1];
}

/** Resources by id: their group (Images, Urls, ShortStrings, LongStrings) and default URL or text. */
function collectResources(elements, problems) {
  const resources = new Map();
  for (const element of elements) {
    const id = element.attributes.id;
    if (!element.ancestors.includes("Resources") || id === undefined) continue;
    if (resources.has(id)) problems.push(`resource id "${id}" is defined more than once`);
    resources.set(id, { group: parent(element), value: element.attributes.DefaultValue });
  }
  return resources;
}

function checkResourceReferences(elements, resources, problems) {
  for (const element of elements) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    const resource = resources.get(resid);
    const expected = RESOURCE_GROUP_OF[element.localName];
    if (!resource) problems.push(`<${element.localName} resid="${resid}"> refers to no resource`);
    else if (expected && resource.group !== expected) {
      problems.push(
        `<${element.localName} resid="${resid}"> needs a resource in ${expected}, not ${resource.group}`,
      );
    }
  }
}

/** Every URL the manifest names: element defaults, their locale overrides and URL resources. */
function collectUrls(elements) {
  const urls = [];
  for (const element of elements) {
    const owner = element.localName === "Override" ? parent(element) : element.localName;
    const isUrl =
      URL_ELEMENTS.has(owner) ||
      (RESOURCE_URL_ELEMENTS.has(owner) && element.ancestors.includes("Resources"));
    const value =
      element.localName === "Override" ? element.attributes.Value : element.attributes.DefaultValue;
    if (isUrl && value !== undefined) urls.push({ owner, value });
  }
  return urls;
}

function checkHttps(urls, problems) {
  for (const { owner, value } of urls) {
    let protocol;
    try {
      protocol = new URL(value).protocol;
    } catch {
      protocol = "none";
    }
    if (protocol !== "https:") problems.push(`<${owner}> URL "${value}" must be an absolute https URL`);
  }
}

/** The icon's file in assets/ beside the manifest (the same layout in the repository and in dist/). */
function iconFile(manifest, url) {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const marker = pathname.lastIndexOf("/assets/");
  return marker < 0
    ? null
    : path.join(path.dirname(manifest), "assets", pathname.slice(marker + "/assets/".length));
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** What is wrong with the icon at `url` (missing, not a PNG, wrong size), or null. */
function iconProblem(manifest, url, size) {
  let file;
  try {
    file = iconFile(manifest, url);
  } catch {
    return null; // an unparsable URL is already reported by checkHttps
  }
  if (file === null) return `icon "${url}" is not under assets/`;
  const relative = path.relative(process.cwd(), file);
  const shown = relative.startsWith("..") ? file : relative;
  if (!fs.existsSync(file)) return `icon "${url}" has no file ${shown}`;
  const actual = pngSize(file);
  if (actual === null) return `icon ${shown} is not a PNG`;
  if (actual.width !== size || actual.height !== size) {
    return `icon ${shown} is ${actual.width}x${actual.height}, the manifest wants ${size}x${size}`;
  }
  return null;
}

/** The icon an element declares (a ribbon image by resid, or the add-in's own icon), or null. */
function declaredIcon(element, resources) {
  const { size, resid, DefaultValue } = element.attributes;
  if (element.localName === "Image" && resid !== undefined) {
    const image = resources.get(resid);
    const usable = image?.group === "Images" && image.value !== undefined;
    return usable ? { url: image.value, size: Number(size) } : null;
  }
  const fixedSize = ICON_SIZE_OF[element.localName];
  return fixedSize && DefaultValue !== undefined ? { url: DefaultValue, size: fixedSize } : null;
}

function checkIcons(manifest, elements, resources, problems) {
  for (const element of elements) {
    const icon = declaredIcon(element, resources);
    const problem = icon && iconProblem(manifest, icon.url, icon.size);
    if (problem) problems.push(problem);
  }
}

function checkStructure(manifest, xml) {
  const problems = [];
  const elements = scanElements(xml);
  const resources = collectResources(elements, problems);
  checkResourceReferences(elements, resources, problems);
  checkHttps(collectUrls(elements), problems);
  checkIcons(manifest, elements, resources, problems);
  return [...new Set(problems)]; // an icon used by several buttons is reported once
}

function main() {
  const { manifest, schema } = parseArgs(process.argv.slice(2));
  for (const [what, file] of [
    ["manifest", manifest],
    ["schema", schema],
  ]) {
    if (!fs.existsSync(file)) {
      console.error(`error: ${what} not found: ${file}`);
      return EXIT.unchecked;
    }
  }
  const problems = checkStructure(manifest, fs.readFileSync(manifest, "utf8"));
  let schemaReport;
  try {
    schemaReport = checkSchema(manifest, schema);
  } catch (error) {
    problems.forEach((problem) => console.error(`${manifest}: ${problem}`));
    console.error(`error: ${error.message}; the schema was not checked`);
    return EXIT.unchecked;
  }
  if (schemaReport) console.error(schemaReport);
  problems.forEach((problem) => console.error(`${manifest}: ${problem}`));
  if (schemaReport || problems.length > 0) return EXIT.invalid;
  console.log(`${manifest}: valid (schema, resources, https URLs, icons)`);
  return EXIT.valid;
}

process.exitCode = main();
