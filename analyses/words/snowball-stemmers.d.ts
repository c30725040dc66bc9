// Types for the untyped package snowball-stemmers (a port of the Snowball stemmers; UMD module
// flagged __esModule, so only its named exports are reliable).
declare module "snowball-stemmers" {
  export function newStemmer(language: string): { stem(word: string): string };
  export function algorithms(): string[];
}
