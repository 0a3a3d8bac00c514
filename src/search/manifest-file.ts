/** Where the search page finds the list of regional bundles, relative to the primary bundle's folder. */
export const manifestFile = 'bundles.json';
