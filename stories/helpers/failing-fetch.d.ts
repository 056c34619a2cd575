/** `src` URLs that fail in one particular way (while `failSomeFetches` is in effect). */
export declare const FAILING_SRC: { serverError: string; tooLarge: string; offline: string };

/** Answers requests for `FAILING_SRC` as each name says; returns the function that undoes it. */
export declare function failSomeFetches(): () => void;
