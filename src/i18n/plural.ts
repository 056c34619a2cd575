/**
 * Plural forms chosen by the language's own rules (`Intl.PluralRules`): Russian, Ukrainian and
 * Polish have `one`, `few` and `many`; Arabic also `zero` and `two`; Japanese only `other`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, lang: string, make: (lang: string) => T): T {
  let value = cache.get(lang);
  if (!value) {
    try {
      value = make(lang);
    } catch {
      // A tag Intl rejects (the page's own `lang` can be anything) counts as English.
      value = make('en');
    }
    cache.set(lang, value);
  }
  return value;
}

/** `count` written the language's way (digits, grouping). */
export function formatCount(lang: string, count: number): string {
  return cached(numbers, lang, (l) => new Intl.NumberFormat(l)).format(count);
}

/**
 * The form of `forms` that `count` takes in `lang`, with `#` replaced by the formatted count:
 * `plural('ru', 3, { one: '# источник', few: '# источника', many: '# источников', other: '# источника' })`.
 * A form the language's rules ask for but `forms` lacks falls back to `other`.
 */
export function plural(lang: string, count: number, forms: PluralForms): string {
  const category = cached(rules, lang, (l) => new Intl.PluralRules(l)).select(count);
  return (forms[category] ?? forms.other).replaceAll('#', formatCount(lang, count));
}
