/** The custom functions Sheets calls (functions.md); each export becomes a top-level function. */
export {};
