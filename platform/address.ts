/** A Belgian (or foreign) postal address as the graph shows it, whatever backend it came from. */
export interface PostalAddress {
  street: string;
  houseNumber: string;
  box: string | null;
  postalCode: string;
  municipality: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
}
