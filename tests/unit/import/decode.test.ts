import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../analyses/import/decode.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  it("reads UTF-8 with and without BOM and normalises line endings", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("FN x\r\nPT J\rAU Müller, T\n")]);
    const d = decodeBytes(withBom, "a.txt");
    expect(d).toMatchObject({ text: "FN x\nPT J\nAU Müller, T\n", encoding: "utf-8", bom: true, warnings: [] });
    expect(decodeBytes(utf8("PT J\n"), "b.txt")).toMatchObject({ text: "PT J\n", encoding: "utf-8", bom: false });
  });

  it("reads UTF-16 little and big endian by their BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x50, 0x00, 0x54, 0x00, 0x20, 0x00, 0xe9, 0x00, 0x0d, 0x00, 0x0a, 0x00]);
    expect(decodeBytes(le, "le.txt")).toMatchObject({ text: "PT é\n", encoding: "utf-16le", bom: true });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x50, 0x00, 0x54, 0x00, 0x0a]);
    expect(decodeBytes(be, "be.txt")).toMatchObject({ text: "PT\n", encoding: "utf-16be", bom: true });
  });

  it("falls back to Latin-1 for invalid UTF-8 and says so, naming the file and line", () => {
    // "PT J\nAU M\xfcller, T\n" in Latin-1: 0xFC is not valid UTF-8 on its own.
    const bytes = new Uint8Array([...utf8("PT J\nAU M"), 0xfc, ...utf8("ller, T\n"), 0x80]);
    const d = decodeBytes(bytes, "exports/old.txt");
    expect(d.encoding).toBe("latin1");
    expect(d.text).toBe("PT J\nAU Müller, T\n\u0080");
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatchObject({ file: "exports/old.txt", line: 2 });
    expect(d.warnings[0]!.message).toContain("exports/old.txt");
    expect(d.warnings[0]!.message).toContain("Latin-1");
  });
});
