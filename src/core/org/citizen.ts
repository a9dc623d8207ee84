/** A citizen signed in to the portal, as the persons registry knows them. */
export interface Citizen {
  readonly iin: string;
  readonly fullName: string;
  readonly region: string;
}
