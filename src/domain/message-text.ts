/**
 * A text as data: one key of a catalogue's typed messages `M` with the values its wording
 * needs. Each face words it in its user's language; the domain never holds the sentence.
 */
export type TextOf<M> = { [K in keyof M]: { key: K; params: M[K] } }[keyof M];
