/** Letters that Unicode does not decompose into a base letter and a mark. */
const LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
};

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const QUALIFIED = /\s(am|an der|an den|im|in der|ob der|bei|upon)\s/i;

/**
 * A place name folded for matching: case, diacritics and punctuation ignored, so "Rīga",
 * "RIGA" and "riga" match, as do "Łódź" and "Lodz", "Saint-Étienne" and "Saint Etienne".
 */
export function foldPlaceName(text: string): string {
  // Most names are plain ASCII: the same result without normalize and the Unicode classes,
  // which made indexing the places list take longer than reading a workbook.
  if (PLAIN_ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/['`]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[łøæœßđðþıħ]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’`ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The short name a city is also known by: the part before a parenthesis or a German
 * qualifier ("Frankfurt am Main", "Halle (Saale)", "Freiburg im Breisgau" → "Frankfurt",
 * "Halle", "Freiburg"), or undefined when the name has none.
 */
export function shortPlaceName(name: string): string | undefined {
  // Most names have neither; one quick test spares the two replacements below.
  if (!name.includes("(") && !QUALIFIED.test(name)) return undefined;
  const short = name
    .replace(/\s*\(.*\)\s*$/, "")
    .replace(/\s+(am|an der|an den|im|in der|ob der|bei|upon)\s+.+$/i, "")
    .trim();
  return short !== "" && short !== name.trim() ? short : undefined;
}
