/** Excel's date range in the 1900 system, shared by conversion, parsing and validation. */

/** First year Excel's 1900 date system can show. */
export const FIRST_YEAR = 1900;

/** Last year any Excel date system can show. */
export const LAST_YEAR = 9999;

/** Days between 1900-01-00 (serial 0) and 1970-01-01, counting Excel's phantom 29-Feb-1900. */
export const UNIX_EPOCH_SERIAL = 25569;
