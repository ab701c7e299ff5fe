/**
 * Draws the add-in's icons in Office green (a table with a check-mark badge, a table with a plus
 * badge, a page of text) at every size the manifest and the ribbon use, and writes them to
 * assets/<name>-<size>.png. Run once with `npm run icons` and commit the PNGs; it needs nothing but
 * Node's zlib, so the icons can be redrawn on any machine without an image editor.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SUPERSAMPLING = 6;
const COLORS = {
  outline: [0x18, 0x5c, 0x37],
  green: [0x10, 0x7c, 0x41],
  grid: [0x9f, 0xcf, 0xb3],
  white: [0xff, 0xff, 0xff],
};

/**
 * One drawing per ribbon button. "icon" (a table with a check mark) is also the add-in's own icon,
 * which is why only it has the 128 px size the add-in store listing uses.
 */
const ICONS = {
  icon: {
    sizes: [16, 32, 64, 80, 128],
    shapes: (size) => [...tableShapes(size), ...badgeShapes(size, checkMark)],
  },
  insert: {
    sizes: [16, 32, 64, 80],
    shapes: (size) => [...tableShapes(size), ...badgeShapes(size, plusSign)],
  },
  narrative: { sizes: [16, 32, 64, 80], shapes: documentShapes },
};

/**
 * Shapes are painted back to front; each says whether a point (in pixels) lies inside it.
 * Straight edges and lines sit on whole pixels so the 16 px ribbon icons stay crisp.
 */
function tableShapes(size) {
  const { sheet, inner, radius, innerRadius } = page(size, { x0: 0.06, y0: 0.06, x1: 0.8, y1: 0.88 });
  const header = Math.round(inner.y0 + (inner.y1 - inner.y0) * 0.24);
  const line = Math.max(1, Math.round(size / 32));
  return [
    { color: COLORS.outline, inside: (x, y) => inRoundedRect(x, y, { ...sheet, r: radius }) },
    { color: COLORS.white, inside: (x, y) => inRoundedRect(x, y, { ...inner, r: innerRadius }) },
    { color: COLORS.green, inside: (x, y) => inRoundedRect(x, y, { ...inner, y1: header, r: innerRadius }) },
    { color: COLORS.grid, inside: (x, y) => onGrid(x, y, { ...inner, y0: header }, line) },
  ];
}

/** A page of text under a bold centred title, like the narrative plan ("KẾ HOẠCH" and its body). */
function documentShapes(size) {
  const { sheet, inner, radius, innerRadius } = page(size, { x0: 0.14, y0: 0.04, x1: 0.86, y1: 0.96 });
  const line = Math.max(1, Math.round(size / 16));
  const margin = Math.max(1, Math.round(size / 12));
  const left = inner.x0 + margin;
  const right = inner.x1 - margin;
  const rows = [0.16, 0.36, 0.52, 0.68, 0.84].map((f) => Math.round(inner.y0 + (inner.y1 - inner.y0) * f));
  const title = { x0: Math.round(left + (right - left) * 0.2), x1: Math.round(right - (right - left) * 0.2) };
  const bodyEnds = [right, right, right, Math.round(left + (right - left) * 0.6)];
  const bar = (x0, x1, top, color) => ({
    color,
    inside: (x, y) => x >= x0 && x < x1 && y >= top && y < top + line,
  });
  return [
    { color: COLORS.outline, inside: (x, y) => inRoundedRect(x, y, { ...sheet, r: radius }) },
    { color: COLORS.white, inside: (x, y) => inRoundedRect(x, y, { ...inner, r: innerRadius }) },
    bar(title.x0, title.x1, rows[0], COLORS.green),
    ...bodyEnds.map((end, i) => bar(left, end, rows[i + 1], COLORS.grid)),
  ];
}

function page(size, fractions) {
  const stroke = Math.max(1, Math.round(size / 16));
  const sheet = snap({
    x0: size * fractions.x0,
    y0: size * fractions.y0,
    x1: size * fractions.x1,
    y1: size * fractions.y1,
  });
  const inner = {
    x0: sheet.x0 + stroke,
    y0: sheet.y0 + stroke,
    x1: sheet.x1 - stroke,
    y1: sheet.y1 - stroke,
  };
  const radius = size * 0.08;
  return { sheet, inner, radius, innerRadius: Math.max(0, radius - stroke) };
}

/** A green disc with a white ring (to stand off the table beneath) and a white mark on it. */
function badgeShapes(size, mark) {
  const badge = { cx: size * 0.72, cy: size * 0.72, r: size * 0.26 };
  const ring = Math.max(1, size / 20);
  return [
    { color: COLORS.white, inside: (x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.r + ring },
    { color: COLORS.green, inside: (x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.r },
    { color: COLORS.white, inside: (x, y) => mark(x, y, badge) },
  ];
}

function snap(box) {
  return Object.fromEntries(Object.entries(box).map(([key, value]) => [key, Math.round(value)]));
}

function inRoundedRect(x, y, { x0, y0, x1, y1, r }) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

/** Three columns and three body rows: the lines between the cells, each `width` whole pixels wide. */
function onGrid(x, y, { x0, y0, x1, y1 }, width) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const near = (value, from, to) =>
    [1, 2].some((k) => {
      const start = Math.round(from + ((to - from) * k) / 3 - width / 2);
      return value >= start && value < start + width;
    });
  return near(x, x0, x1) || near(y, y0, y1);
}

function checkMark(x, y, { cx, cy, r }) {
  const points = [
    [cx - r * 0.48, cy + r * 0.02],
    [cx - r * 0.14, cy + r * 0.36],
    [cx + r * 0.5, cy - r * 0.3],
  ];
  const halfWidth = Math.max(0.8, r * 0.15);
  return (
    distanceToSegment(x, y, points[0], points[1]) <= halfWidth ||
    distanceToSegment(x, y, points[1], points[2]) <= halfWidth
  );
}

function plusSign(x, y, { cx, cy, r }) {
  const arm = r * 0.55;
  const halfWidth = Math.max(0.8, r * 0.15);
  return (
    distanceToSegment(x, y, [cx - arm, cy], [cx + arm, cy]) <= halfWidth ||
    distanceToSegment(x, y, [cx, cy - arm], [cx, cy + arm]) <= halfWidth
  );
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const t = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2);
  const k = Math.min(1, Math.max(0, t));
  return Math.hypot(x - (ax + k * (bx - ax)), y - (ay + k * (by - ay)));
}

/** RGBA pixels; each pixel averages SUPERSAMPLING² samples so edges are smooth at 16 px. */
function renderIcon(size, shapes) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      pixels.set(samplePixel(shapes, px, py), (py * size + px) * 4);
    }
  }
  return pixels;
}

function samplePixel(shapes, px, py) {
  const sum = [0, 0, 0];
  let covered = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const x = px + (sx + 0.5) / SUPERSAMPLING;
      const y = py + (sy + 0.5) / SUPERSAMPLING;
      const top = shapes.findLast((shape) => shape.inside(x, y));
      if (!top) continue;
      top.color.forEach((channel, i) => (sum[i] += channel));
      covered++;
    }
  }
  if (covered === 0) return [0, 0, 0, 0];
  const alpha = Math.round((255 * covered) / SUPERSAMPLING ** 2);
  return [...sum.map((channel) => Math.round(channel / covered)), alpha];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG; every scanline uses filter 0 (none), which zlib compresses well enough here. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rowLength = size * 4;
  const raw = Buffer.alloc(size * (rowLength + 1));
  for (let y = 0; y < size; y++)
    pixels.copy(raw, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, icon] of Object.entries(ICONS)) {
    for (const size of icon.sizes) {
      const file = path.join(outDir, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(size, renderIcon(size, icon.shapes(size))));
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
}

main();
