/**
 * The ids of the rulebook figures one budget line was computed from. A budget of 100,000
 * lines uses a few dozen different lists, so each list is made once and shared by the lines
 * that use it (frozen: a line never changes another's).
 */

const lists = new Map<string, readonly string[]>();

/** The shared, frozen list of these figure ids, in this order. */
export function figureList(...ids: readonly string[]): readonly string[] {
  // Figure ids hold no spaces, so a space joins them unambiguously.
  const key = ids.join(" ");
  let list = lists.get(key);
  if (!list) {
    list = Object.freeze([...ids]);
    lists.set(key, list);
  }
  return list;
}

const byParts = new Map<string, Map<string, Map<string, readonly string[]>>>();

/**
 * The list `build` makes, cached under three short keys (a row and a category, a country and
 * a rate …): a line finds its list without building an id string, which costs more than the
 * rest of pricing the line.
 */
export function cachedFigureList(
  a: string,
  b: string,
  c: string,
  build: () => readonly string[],
): readonly string[] {
  let second = byParts.get(a);
  if (!second) byParts.set(a, (second = new Map()));
  let third = second.get(b);
  if (!third) second.set(b, (third = new Map()));
  let list = third.get(c);
  if (!list) third.set(c, (list = build()));
  return list;
}

const extended = new WeakMap<readonly string[], Map<string, readonly string[]>>();

/** The shared list of `list`'s ids and `id` after them (the list itself when it has `id`). */
export function withFigure(list: readonly string[], id: string): readonly string[] {
  let byId = extended.get(list);
  if (!byId) {
    byId = new Map();
    extended.set(list, byId);
  }
  let longer = byId.get(id);
  if (!longer) {
    longer = list.includes(id) ? list : figureList(...list, id);
    byId.set(id, longer);
  }
  return longer;
}
