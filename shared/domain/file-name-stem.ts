/**
 * Letters that do not come apart into a Latin letter and an accent: Cyrillic (Russian, Ukrainian,
 * Belarusian, Serbian, Macedonian, Bulgarian, Kazakh) and Greek by common romanisations, and the
 * Latin letters Unicode does not decompose.
 */
const TRANSLITERATION: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', ѕ: 'dz', и: 'i', і: 'i', ї: 'yi',
  й: 'y', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ў: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', џ: 'dz', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', ғ: 'g',
  қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p',
  ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h', ŋ: 'ng',
};

/**
 * A title as the stem of a file name that every file system and git host takes alike: lower-case
 * ASCII letters and digits, runs of anything else one dash, at most `maxLength` characters. Accents
 * are dropped and Cyrillic and Greek transliterated ("Дежурство" is "dezhurstvo"); what has no Latin
 * spelling here (Chinese, Arabic …) is dropped, so the stem can be empty and the caller chooses
 * what stands in for it.
 */
export function fileNameStem(title: string, maxLength = 80): string {
  // Before taking accents off (й is not и, ї is not і) and again after (ѓ is г with an accent).
  const latin = transliterate(transliterate(title.toLowerCase().normalize('NFC')).normalize('NFKD').replace(/\p{M}/gu, ''));
  return latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

function transliterate(text: string): string {
  let out = '';
  for (const char of text) out += TRANSLITERATION[char] ?? char;
  return out;
}
