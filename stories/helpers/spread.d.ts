import type { DirectiveResult } from 'lit/directive.js';

/** Applies a story's args to the element it is bound to, as the element's manifest entry says each is set. */
export declare function spread(args: Record<string, unknown>): DirectiveResult;

/** The arg Storybook's actions use for an event: `fact-sources-toggle` → `onFactSourcesToggle`. */
export declare function eventArgName(event: string): string;
