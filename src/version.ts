/**
 * The package version, kept by hand beside package.json (a test checks the two agree). Copies of
 * the library on one page compare it to decide whether sharing elements deserves a warning.
 */
export const VERSION = '0.1.0';
