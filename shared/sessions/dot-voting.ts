export interface DotBallot {
  /** Dots per option id. */
  dots: Record<string, number>;
}

export interface DotOptionResult {
  optionId: string;
  total: number;
  /** How many voters put at least one dot on the option. */
  voters: number;
  /** Fewest and most dots one voter gave it: a total carried by a single enthusiast looks different. */
  min: number;
  max: number;
  /** How many voters gave it 0, 1, 2 … dots (index = dots). */
  distribution: number[];
}

/** Totals and spread per option, the most dots first (ties keep the options' order). */
export function summariseDots(optionIds: readonly string[], ballots: readonly DotBallot[], dotsPerPerson: number): DotOptionResult[] {
  const results = optionIds.map((optionId) => {
    const given = ballots.map((b) => b.dots[optionId] ?? 0);
    const distribution = Array.from({ length: dotsPerPerson + 1 }, (_, n) => given.filter((g) => g === n).length);
    return {
      optionId,
      total: given.reduce((sum, g) => sum + g, 0),
      voters: given.filter((g) => g > 0).length,
      min: given.length ? Math.min(...given) : 0,
      max: given.length ? Math.max(...given) : 0,
      distribution,
    };
  });
  return results.sort((a, b) => b.total - a.total);
}

/** The number of dots a ballot spends. */
export function dotsSpent(ballot: DotBallot): number {
  return Object.values(ballot.dots).reduce((sum, n) => sum + n, 0);
}

/**
 * What is wrong with a dot ballot, in words a voter acts on, or null when it can be cast: so the
 * screen can say it and keep Cast disabled, and the core refuses the same ballot.
 */
export function dotBallotProblem(dots: Readonly<Record<string, number>>, dotsPerPerson: number, optionIds: readonly string[]): string | null {
  if (Object.keys(dots).some((id) => !optionIds.includes(id))) return 'One of these options is no longer in the session';
  if (Object.values(dots).some((n) => !Number.isInteger(n) || n < 0)) return 'Put a whole number of dots, 0 or more, on each option';
  const spent = Object.values(dots).reduce((sum, n) => sum + n, 0);
  if (spent > dotsPerPerson) return `Each person has ${dotsPerPerson} ${dotsPerPerson === 1 ? 'dot' : 'dots'}; this ballot spends ${spent}`;
  return null;
}
