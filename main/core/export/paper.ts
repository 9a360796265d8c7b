/** The paper sizes an office prints on; chosen in Settings. */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Each size in inches (for Chromium's print) and in twentieths of a point (for Word). */
export const PAGE_SIZES: Record<
  PaperSize,
  { inches: { width: number; height: number }; twips: { width: number; height: number } }
> = {
  A4: { inches: { width: 8.27, height: 11.69 }, twips: { width: 11906, height: 16838 } },
  Letter: { inches: { width: 8.5, height: 11 }, twips: { width: 12240, height: 15840 } },
};
