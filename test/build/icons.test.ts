/**
 * The icons in assets/ are real PNGs of the sizes Office asks for (16, 32, 64 and 80 px on the
 * ribbon, 128 px for listings): a valid signature, an IHDR of the right size, intact chunks and
 * image data that decodes, showing a green drawing on a transparent background.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { REPO } from "./tools";

const PNG_SIGNATURE = "89504e470d0a1a0a";
const ICONS: [string, number][] = [
  ...[16, 32, 64, 80, 128].map((size): [string, number] => [`icon-${size}.png`, size]),
  ...[16, 32, 64, 80].map((size): [string, number] => [`insert-${size}.png`, size]),
  ...[16, 32, 64, 80].map((size): [string, number] => [`narrative-${size}.png`, size]),
];

interface Chunk {
  type: string;
  data: Buffer;
  crcMatches: boolean;
}

function readChunks(bytes: Buffer): Chunk[] {
  const chunks: Chunk[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    chunks.push({
      type: typeAndData.subarray(0, 4).toString("ascii"),
      data: typeAndData.subarray(4),
      crcMatches: zlib.crc32(typeAndData) === crc,
    });
    offset += 12 + length;
  }
  return chunks;
}

/** RGBA pixels of an 8-bit RGBA PNG whose scanlines are unfiltered, as scripts/make-icons.js writes. */
function decodePixels(chunks: Chunk[], size: number): Buffer {
  const raw = zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data)));
  expect(raw.length).toBe(size * (1 + size * 4));
  const rows = Array.from({ length: size }, (_, y) => {
    const row = raw.subarray(y * (1 + size * 4), (y + 1) * (1 + size * 4));
    expect(row[0]).toBe(0);
    return row.subarray(1);
  });
  return Buffer.concat(rows);
}

describe("icons in assets/", () => {
  it.each(ICONS)("%s is a valid %i px RGBA PNG", (file, size) => {
    const bytes = fs.readFileSync(path.join(REPO, "assets", file));
    expect(bytes.subarray(0, 8).toString("hex")).toBe(PNG_SIGNATURE);
    const chunks = readChunks(bytes);
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect(chunks.every((c) => c.crcMatches)).toBe(true);
    const header = chunks[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([size, size]);
    expect([...header.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]);
  });

  it.each(ICONS)("%s shows a green drawing on a transparent background", (file, size) => {
    const pixels = decodePixels(readChunks(fs.readFileSync(path.join(REPO, "assets", file))), size);
    const alphaAt = (x: number, y: number) => pixels[(y * size + x) * 4 + 3];
    expect([alphaAt(0, 0), alphaAt(size - 1, 0), alphaAt(0, size - 1)]).toEqual([0, 0, 0]);
    let green = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
      if (a === 255 && g > r + 40 && g > b + 20) green++;
    }
    expect(green / (size * size)).toBeGreaterThan(0.15);
  });
});
