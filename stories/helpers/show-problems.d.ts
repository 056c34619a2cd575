/** A story's `play`: opens the "Details" of every error state, so the problems show by their JSON paths. */
export declare function showProblems(context: { canvasElement: HTMLElement }): Promise<void>;
