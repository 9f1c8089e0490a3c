/**
 * A text as data: one key of a catalogue's typed messages `M` with the values its wording
 * needs. Each face words it in its user's language; the domain never holds the sentence.
 */
export type TextOf<M> = { [K in keyof M]: { key: K; params: M[K] } }[keyof M];

/**
 * The typed constructor of `M`'s texts (`say`, `basis`, `commandErrorText` …): the key picks
 * the values its wording needs, so a missing or misspelt value is a compile error.
 */
export function textMaker<M>(): <K extends keyof M>(key: K, params: M[K]) => TextOf<M> {
  return (key, params) => ({ key, params }) as TextOf<M>;
}
