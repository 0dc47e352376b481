/**
 * Numbers in build messages, formatted for the message language: counts with the language's
 * grouping ("4.096" / "4,096"), percentages, kilobytes.
 */
export interface MessageNumbers {
  num(n: number): string;
  /** `part` of `whole` as a whole percentage; `underOne` for a share between 0 and 0.5%. */
  percent(part: number, whole: number): string;
  kilobytes(bytes: number): string;
}

export function messageNumbers(locale: string, underOne: string): MessageNumbers {
  const count = new Intl.NumberFormat(locale);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const kb = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    num: (n) => count.format(n),
    percent(part, whole) {
      const ratio = part / whole;
      return ratio > 0 && ratio < 0.005 ? underOne : pct.format(ratio);
    },
    kilobytes: (bytes) => `${kb.format(bytes / 1024)} KB`,
  };
}

/** How each LMS profile is named in messages (product names: the same in every language). */
export const PROFILE_NAMES: Partial<Record<string, string>> = {
  moodle: 'Moodle',
  scormcloud: 'SCORM Cloud',
  successfactors: 'SAP SuccessFactors',
  cornerstone: 'Cornerstone',
};
