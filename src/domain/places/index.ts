export type { Place, PlaceLookup } from "./place";
export { Gazetteer, type GazetteerData } from "./gazetteer";
export { foldPlaceName, shortPlaceName } from "./place-name";
export { greatCircleKm, type Coordinates } from "./great-circle";
export {
  placeProblemText,
  placeRef,
  placeResult,
  resolvePlace,
  type PlaceProblem,
  type PlaceResolution,
} from "./resolve-place";
export { travelDistanceKm } from "./travel-distance";
