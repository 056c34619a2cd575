/** A `src` that never answers (while `holdPendingSrc` is in effect). */
export declare const PENDING_SRC: string;

/** Holds back requests for `PENDING_SRC` (until aborted); returns the function that undoes it. */
export declare function holdPendingSrc(): () => void;
