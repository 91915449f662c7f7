import { DEFAULT_LOCALE, LOCALE_TAG, type Locale } from '../../vocabulary/locale.ts';
import { de } from './de.ts';
import { en, type Messages } from './en.ts';

export type { Messages } from './en.ts';

/** One catalogue per locale: a locale added to LOCALES without its catalogue fails the type check here. */
const CATALOGUES: Record<Locale, Messages> = { en, de };

/**
 * The interface strings of a locale (English when none is given).
 * @example messages('de').status.operational // → 'Betriebsbereit'
 */
export function messages(locale: Locale = DEFAULT_LOCALE): Messages {
  return CATALOGUES[locale];
}

/** The BCP 47 tag of a locale, for `lang` attributes and Intl. */
export function localeTag(locale: Locale = DEFAULT_LOCALE): string {
  return LOCALE_TAG[locale];
}

/**
 * The `lang` of what staff wrote (incident titles and updates, postmortems, names and descriptions in client.yaml):
 * it is published as written, in British English, so a page in another language marks it for screen readers; an
 * English page needs no mark (undefined: no attribute).
 * @example authoredLang('de') // → 'en-GB'
 * @example authoredLang('en') // → undefined
 */
export function authoredLang(locale: Locale = DEFAULT_LOCALE): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : LOCALE_TAG[DEFAULT_LOCALE];
}
