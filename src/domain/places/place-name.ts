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

/**
 * A place name folded for matching: case, diacritics and punctuation ignored, so "Rīga",
 * "RIGA" and "riga" match, as do "Łódź" and "Lodz", "Saint-Étienne" and "Saint Etienne".
 */
export function foldPlaceName(text: string): string {
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
  const short = name
    .replace(/\s*\(.*\)\s*$/, "")
    .replace(/\s+(am|an der|an den|im|in der|ob der|bei|upon)\s+.+$/i, "")
    .trim();
  return short !== "" && short !== name.trim() ? short : undefined;
}
