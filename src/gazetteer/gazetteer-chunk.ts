import { Gazetteer } from "../domain/places/gazetteer";
import cities from "./cities.json";

/** The gazetteer chunk's one export: the places of cities.json, indexed by name. */
export const gazetteer = new Gazetteer(cities);
