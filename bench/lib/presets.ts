/** Corpus sizes the benchmark knows by name. Documents ≈ units × years × 1.65 (report + some plans and decisions). */
export const presets: Record<string, { units: number; years: number; note: string }> = {
  '100': { units: 20, years: 3, note: '≈ 100 documents' },
  '1000': { units: 200, years: 3, note: '≈ 1,000 documents' },
  '5000': { units: 1000, years: 3, note: '≈ 5,000 documents' },
  national: { units: 3321, years: 5, note: '3,321 communes × 5 years ≈ 27,000 documents (too big for one build here)' },
};
