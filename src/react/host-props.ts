import type { HTMLAttributes } from 'react';

/**
 * The props every wrapper passes to React as they are: `id`, `className`, `style`, `lang`,
 * `hidden`, `slot`, `aria-*`, `data-*` and React's own DOM event props. `children` only where the
 * element has a slot.
 */
export type HostProps<I extends HTMLElement> = Omit<HTMLAttributes<I>, 'children'>;
