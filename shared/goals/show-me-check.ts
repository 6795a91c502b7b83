import { SHOW_ME_WORDS, type ShowMeFlagKind, type ShowMeWords } from './show-me-words';

export interface ShowMeFlag {
  kind: ShowMeFlagKind;
  /** The words in the behavior that tripped the check, as the list spells them. */
  phrase: string;
  reason: string;
}

export interface ShowMeResult {
  observable: boolean;
  flags: ShowMeFlag[];
  /** The question that helps rewrite a flagged behavior. */
  question: string;
}

interface CompiledPhrase {
  kind: ShowMeFlagKind;
  phrase: string;
  reason: string;
  pattern: RegExp;
}

/**
 * The "show me" test: could you see or hear someone doing this? Flags trait and value words, requests
 * for "more" of a quality, inner states, and negations a dead man could satisfy, each with its reason.
 */
export function checkObservable(text: string, words: ShowMeWords = SHOW_ME_WORDS): ShowMeResult {
  const normalized = text.toLowerCase().replace(/[’‘]/g, "'");
  const found: (ShowMeFlag & { at: number })[] = [];
  for (const candidate of compile(words)) {
    const at = normalized.search(candidate.pattern);
    if (at < 0) continue;
    // "growth mindset" also holds "mindset": report only the longer of overlapping phrases of one kind.
    if (found.some((flag) => flag.kind === candidate.kind && flag.phrase.includes(candidate.phrase))) continue;
    found.push({ kind: candidate.kind, phrase: candidate.phrase, reason: candidate.reason, at });
  }
  // In the order the words appear, so the reasons read along with the behavior.
  const flags = found.sort((a, b) => a.at - b.at).map(({ at: _at, ...flag }) => flag);
  return { observable: flags.length === 0, flags, question: words.question };
}

const compiled = new WeakMap<ShowMeWords, CompiledPhrase[]>();

function compile(words: ShowMeWords): CompiledPhrase[] {
  const cached = compiled.get(words);
  if (cached) return cached;
  const phrases = words.categories
    .flatMap((category) =>
      category.phrases.map((phrase) => ({
        kind: category.kind,
        phrase,
        reason: category.reason.replaceAll('{phrase}', phrase),
        pattern: phrasePattern(phrase),
      })),
    )
    // Longest first, so "growth mindset" is reported rather than "mindset" alone.
    .sort((a, b) => b.phrase.length - a.phrase.length);
  compiled.set(words, phrases);
  return phrases;
}

/** Matches the phrase as whole words, any run of spaces between them, in any letter case. */
function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}'-])${body}(?![\\p{L}\\p{N}'-])`, 'u');
}
