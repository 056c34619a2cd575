/** The inline JSON child a CMS prints inside `<fact-verdict>`, which wins over `src`. */
export const INLINE_DATA = ':scope > script[type="application/json"], :scope > script[type="application/ld+json"]';
