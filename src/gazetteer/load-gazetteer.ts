import type { PlaceLookup } from "../domain/places";

/*
 * The gazetteer for the add-in: cities.json and its index as a chunk of its own
 * (dist/gazetteer.js), fetched on the first call that needs a place, so the functions'
 * start-up file stays small. The custom functions and the task pane share one download.
 */

let loading: Promise<PlaceLookup> | undefined;

/** The gazetteer, loaded once; a failed load is tried again on the next call. */
export function loadGazetteer(): Promise<PlaceLookup> {
  loading ??= import(/* webpackChunkName: "gazetteer" */ "./gazetteer-chunk").then(
    (chunk) => chunk.gazetteer,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
