export interface OpenRewrite {
  /** The judgemental phrase found, as written. */
  phrase: string;
  /** The whole question rewritten as an open one. */
  suggestion: string;
}

// "Why did you …" asks a person to defend themselves; "what led you to …" asks for their reasoning.
const OBJECT_PRONOUN: Record<string, string> = { you: 'you', we: 'us', they: 'them', he: 'him', she: 'her', i: 'me' };

interface Pattern {
  match: RegExp;
  rewrite: (subject: string, rest: string) => string;
}

const PATTERNS: Pattern[] = [
  { match: /^why\s+(?:on\s+earth\s+)?(?:did|do|does)\s*n[o']t\s+(you|we|they|he|she|i)\b\s*(.*)$/i, rewrite: (s, rest) => `What did ${subjectWord(s)} weigh up before deciding not to ${rest}?` },
  { match: /^why\s+(?:on\s+earth\s+)?(?:did|do|does)\s+(you|we|they|he|she|i)\s+not\b\s*(.*)$/i, rewrite: (s, rest) => `What did ${subjectWord(s)} weigh up before deciding not to ${rest}?` },
  { match: /^why\s+(?:on\s+earth\s+)?(?:did|do|does)\s+(you|we|they|he|she|i)\b\s*(.*)$/i, rewrite: (s, rest) => `What led ${OBJECT_PRONOUN[s] ?? s} to ${rest}?` },
  { match: /^why\s+(?:on\s+earth\s+)?(?:would|should)\s+(you|we|they|he|she|i)\b\s*(.*)$/i, rewrite: (s, rest) => `What would ${subjectWord(s)} gain if ${subjectWord(s)} ${rest}?` },
  { match: /^why\s+(?:on\s+earth\s+)?(?:are|is|were|was)\s+(you|we|they|he|she)\b\s*(.*)$/i, rewrite: (s, rest) => `What is leading ${OBJECT_PRONOUN[s] ?? s} toward ${rest}?` },
  // "Why would anyone pick that?" doubts whoever did; asking what would make someone do it invites the reasons.
  { match: /^why\s+(?:on\s+earth\s+)?(?:would|should)\s+(anyone|anybody|someone|somebody|people)\b\s*(.*)$/i, rewrite: (_, rest) => `What would make someone ${rest}?` },
  { match: /^why\s+(?:on\s+earth\s+)?(?:did|do|does)\s+(anyone|anybody|someone|somebody|people)\b\s*(.*)$/i, rewrite: (_, rest) => `What might lead someone to ${rest}?` },
  // "How come you ignored …" is "why did you" in other words, with a charged verb.
  { match: /^how\s+come\s+(you|we|they|he|she|i)\b\s*(.*)$/i, rewrite: (s, rest) => `What did ${subjectWord(s)} weigh up when ${subjectWord(s)} ${softened(rest)}?` },
];

/** Charged verbs a rewrite replaces with neutral ones: "ignored" blames, "left out" describes. */
const SOFTER: [RegExp, string][] = [
  [/^ignored\b/i, 'left out'],
  [/^ignore\b/i, 'leave out'],
  [/^(?:forgot|neglected|missed)\b/i, 'left out'],
];

function softened(rest: string): string {
  for (const [word, plain] of SOFTER) if (word.test(rest)) return rest.replace(word, plain);
  return rest;
}

/**
 * Finds a judgemental "Why did you …?" at the start of a prompt or of any sentence in a note and
 * proposes an open question that asks for reasoning instead of a defence. Null when there is none.
 */
export function suggestOpenRewrite(text: string): OpenRewrite | null {
  for (const sentence of sentences(text)) {
    for (const pattern of PATTERNS) {
      const found = pattern.match.exec(sentence);
      if (!found) continue;
      const subject = (found[1] ?? 'you').toLowerCase();
      const rest = (found[2] ?? '').replace(/[?.!\s]+$/, '').trim();
      if (!rest) return { phrase: sentence, suggestion: 'What led to that?' };
      return { phrase: sentence.replace(/[?.!\s]+$/, ''), suggestion: pattern.rewrite(subject, rest) };
    }
  }
  return null;
}

function subjectWord(subject: string): string {
  return subject === 'i' ? 'I' : subject;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[?.!])\s+|\n+/)
    .map((s) => s.trim().replace(/^[-*•>"“]+\s*/, ''))
    .filter(Boolean);
}
