/**
 * The identifier formats of the legacy systems, as their records carry them: a person in the
 * customer master ("P" and 8 digits), a life contract in Life Connect ("L", the 8-digit holder
 * number and a sequence digit) and a non-life contract in V-Connect (the same after "V"). The
 * schema calls them opaque; the subgraphs check them before any cache or backend sees an id, so
 * an id of another form is answered as an unknown one without costing either.
 */

export const isCustomerId = (id: string): boolean => /^P\d{8}$/.test(id);

export const isLifeContractNumber = (id: string): boolean => /^L\d{9}$/.test(id);

export const isNonLifeContractNumber = (id: string): boolean => /^V\d{9}$/.test(id);
