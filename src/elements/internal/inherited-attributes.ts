/**
 * The platform's own attributes an element's render reads (`resolveLang`, `resolveDirection`),
 * which Lit does not watch since no property maps them: every element observes them and renders
 * again when they change on it. (A change on an ancestor is not observed; a page that switches
 * language re-renders by setting `lang` on the elements, or replacing them.)
 */
export const INHERITED_ATTRIBUTES = ['lang', 'dir'];

/** Whether an attribute change is one of {@link INHERITED_ATTRIBUTES}, which the render must see. */
export const rendersOn = (name: string): boolean => INHERITED_ATTRIBUTES.includes(name);
