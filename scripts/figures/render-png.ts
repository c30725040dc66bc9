/**
 * PNG downloads: the figure's static SVG rasterised with resvg at 300 dpi (scale 300/96, since
 * SVG px are CSS px at 96 per inch), with a pHYs chunk so that image software reads 300 dpi
 * (resvg writes none). Text is drawn with the fonts installed on the machine: "sans-serif"
 * maps to DejaVu Sans when present, so the bytes are stable run to run on one machine; another
 * machine with other fonts gives other pixels (the SVG, the reference, does not change).
 */
import { crc32 } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";

export const PRINT_DPI = 300;
const CSS_DPI = 96;

export interface PngInfo {
  width: number;
  height: number;
  /** Pixels per metre from pHYs, or null without one. */
  pixelsPerMeterX: number | null;
  pixelsPerMeterY: number | null;
}

/** Rasterises an SVG at `dpi` (default 300) on a white background and marks the PNG with that dpi. */
export function svgToPng(svg: string, dpi = PRINT_DPI): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: dpi / CSS_DPI },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
    shapeRendering: 2,
    textRendering: 1,
  });
  const png = Buffer.from(resvg.render().asPng());
  return withPhys(png, dpi);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Inserts (or replaces) the pHYs chunk right after IHDR: `dpi` in pixels per metre, unit = metre. */
export function withPhys(png: Buffer, dpi: number): Buffer {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error("withPhys: not a PNG");
  const ppm = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(ppm, 0);
  data.writeUInt32BE(ppm, 4);
  data.writeUInt8(1, 8);
  const parts: Buffer[] = [SIGNATURE];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (type !== "pHYs") parts.push(png.subarray(offset, end));
    if (type === "IHDR") parts.push(chunk("pHYs", data));
    offset = end;
  }
  return Buffer.concat(parts);
}

/** Size and pHYs of a PNG (for tests and checks). Throws on a file that is not a PNG. */
export function readPngInfo(png: Uint8Array): PngInfo {
  const buf = Buffer.from(png);
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error("readPngInfo: not a PNG");
  let info: PngInfo = { width: 0, height: 0, pixelsPerMeterX: null, pixelsPerMeterY: null };
  let offset = 8;
  while (offset + 8 <= buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("latin1", offset + 4, offset + 8);
    const body = offset + 8;
    if (type === "IHDR") info = { ...info, width: buf.readUInt32BE(body), height: buf.readUInt32BE(body + 4) };
    if (type === "pHYs" && buf.readUInt8(body + 8) === 1) {
      info = { ...info, pixelsPerMeterX: buf.readUInt32BE(body), pixelsPerMeterY: buf.readUInt32BE(body + 4) };
    }
    offset = body + length + 4;
  }
  return info;
}

/** Dots per inch from pixels per metre, rounded (11811 ppm -> 300 dpi). */
export function ppmToDpi(ppm: number): number {
  return Math.round(ppm * 0.0254);
}
