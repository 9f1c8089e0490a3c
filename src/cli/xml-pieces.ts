import { StringDecoder } from "node:string_decoder";

const lastChars = (text: string, count: number) => text.slice(Math.max(0, text.length - count));

/**
 * A part's XML text in pieces that each end just after `marker` ("</row>", "</si>"), or at the
 * part's end, decoded from its inflated chunks as they come: a piece is about one chunk long,
 * so the text of a large sheet is never whole. A UTF-8 character or a marker split between two
 * chunks is joined; text that holds no marker stays in one piece however long (as the whole
 * part would have been), and is joined once, not once per chunk.
 */
export async function* xmlPieces(
  chunks: AsyncIterable<Buffer>,
  marker: string,
): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  // Text since the last marker, and its last characters, where a marker may begin.
  let pending: string[] = [];
  let tail = "";
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    const window = tail + text;
    const at = window.lastIndexOf(marker);
    if (at < 0) {
      if (text !== "") pending.push(text);
      tail = lastChars(window, marker.length - 1);
      continue;
    }
    // The tail is shorter than the marker, so the marker ends inside this chunk's text.
    const cut = at + marker.length - tail.length;
    pending.push(text.slice(0, cut));
    yield pending.join("");
    const rest = text.slice(cut);
    pending = rest === "" ? [] : [rest];
    tail = lastChars(rest, marker.length - 1);
  }
  const last = pending.join("") + decoder.end();
  if (last !== "") yield last;
}
