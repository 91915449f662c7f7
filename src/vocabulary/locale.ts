/**
 * The interface languages the site is published in (issue 10 §5). English is the default; a client chooses another
 * with `locale` in its client.yaml. Each has a message catalogue in src/lib/i18n/.
 */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag each locale formats dates and numbers with (Intl), and the page's `lang`: British English, German. */
export const LOCALE_TAG: Record<Locale, string> = { en: 'en-GB', de: 'de-DE' };
