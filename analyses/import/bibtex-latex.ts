/**
 * The LaTeX of a BibTeX value -> the plain text it stands for, for the "corrected" BibTeX reading
 * (bibliometrix keeps the escapes: "AI \& SOCIETY"). Covers what database exports write: escaped
 * specials, TeX quotes, accent commands, `{[}` brackets and `\textbackslash{}`; other braces are
 * grouping only and go. White space runs (line wraps included) become one space.
 */

/** Combining marks of the accent commands; NFC turns letter + mark into the precomposed letter. */
const ACCENTS: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030C",
  H: "\u030B",
  c: "\u0327",
  k: "\u0328",
  r: "\u030A",
};

/** Letter-like commands: `\o`, `{\ss}`, ... */
const LETTERS: Record<string, string> = { o: "ø", O: "Ø", ss: "ß", ae: "æ", AE: "Æ", oe: "œ", OE: "Œ", aa: "å", AA: "Å", l: "ł", L: "Ł", i: "ı", j: "ȷ" };

/** What any of the rewrites below acts on: a command, a brace, a TeX quote. */
const TEX_MARKUP = /[\\{}`]|''/;

export function decodeLatex(value: string): string {
  // Most values hold no TeX at all: only the white-space collapse and NFC below apply to them.
  if (!TEX_MARKUP.test(value)) return collapsed(value);
  let s = value
    .replace(/\\textbackslash\s*(\{\})?/g, "\u0000")
    .replaceAll("{[}", "[")
    .replaceAll("{]}", "]");
  // Accents: \'{o}, \'o, {\'o}, \c{c}, \v s (a letter command needs a brace or a space after it).
  s = s.replace(/\\([`'^"~=.])\s*(?:\{\s*(\\?[A-Za-z]+|.)\s*\}|(\\?[A-Za-z]))/g, (_m, acc: string, braced?: string, bare?: string) => withAccent(acc, braced ?? bare ?? ""));
  s = s.replace(/\\([uvHckr])(?:\s*\{\s*(\\?[A-Za-z]+)\s*\}|\s+([A-Za-z]))/g, (_m, acc: string, braced?: string, bare?: string) => withAccent(acc, braced ?? bare ?? ""));
  s = s.replace(/\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])\s*(\{\})?/g, (_m, name: string) => LETTERS[name]!);
  // Escaped specials, then TeX quotes (`` and '' are double quotes, ` a single one).
  s = s.replace(/\\([&_%$#{}])/g, (_m, c: string) => (c === "{" ? "\u0001" : c === "}" ? "\u0002" : c));
  s = s.replaceAll("``", '"').replaceAll("''", '"').replaceAll("`", "'");
  s = s.replace(/[{}]/g, "");
  s = s.replaceAll("\u0000", "\\").replaceAll("\u0001", "{").replaceAll("\u0002", "}");
  return collapsed(s);
}

/** Every white-space run as one space, trimmed, NFC. Only runs that change are matched: replacing each single space by a space cost more than the rest of the decoding. */
function collapsed(s: string): string {
  return s.replace(/\s{2,}|[^\S ]/g, " ").trim().normalize("NFC");
}

function withAccent(accent: string, base: string): string {
  const letter = base.startsWith("\\") ? (LETTERS[base.slice(1)] ?? base.slice(1)) : base;
  return `${letter}${ACCENTS[accent] ?? ""}`.normalize("NFC");
}
