/** Every document read is valid (warnings allowed). */
export const EXIT_OK = 0;
/** A document is invalid: it has errors, or is not JSON. */
export const EXIT_INVALID = 1;
/** The command line is wrong, or a file cannot be read. */
export const EXIT_USAGE = 2;
