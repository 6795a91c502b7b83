import { DIALECTS } from '../../shared/dialects/adr-dialects';
import type { AdrDocument, AdrLink } from '../../shared/dialects/adr-document';
import { seededRandom, type Random } from '../../shared/dialects/seeded-random.test-support';
import type { ConsideredOption, DecisionContent } from '../../shared/domain/decision';
import { formatDecisionNumber } from '../../shared/domain/decision';
import { titleSlug } from '../../shared/dialects/adr-file-naming';

/** The dialects the benchmark folders come in: what adr-tools writes, and MADR 4 (which Log4brains also reads). */
export const BENCH_DIALECTS = ['nygard', 'madr4'] as const;
export type BenchDialect = (typeof BENCH_DIALECTS)[number];

export interface SyntheticLogOptions {
  count: number;
  dialect: BenchDialect;
  seed: number;
}

export interface SyntheticFile {
  name: string;
  text: string;
}

/** The size band a record's bytes are brought into, like a real ADR of a page or so. */
export const MIN_BYTES = 2_000;
export const MAX_BYTES = 3_000;

const SUPERSEDE_CHANCE = 0.08;
const AMEND_CHANCE = 0.05;
/** Links point back at most this far, as a team revisits recent decisions more than old ones. */
const LINK_REACH = 400;
const FIRST_DAY = Date.UTC(2014, 0, 6);
const DAY_MS = 86_400_000;

const COMPONENTS = ['billing service', 'checkout API', 'search index', 'event bus', 'identity provider', 'mobile client', 'data warehouse', 'notification worker', 'admin console', 'reporting pipeline', 'feature flag service', 'payment gateway', 'inventory store', 'audit log', 'CI runner fleet', 'edge proxy'];
const TECHNOLOGIES = ['PostgreSQL', 'Kafka', 'Redis', 'gRPC', 'GraphQL', 'Kubernetes', 'Terraform', 'OpenTelemetry', 'SQLite', 'RabbitMQ', 'Elasticsearch', 'S3', 'Envoy', 'Vault', 'React', 'TypeScript', 'Rust', 'Go'];
const QUALITIES = ['latency', 'availability', 'cost', 'operability', 'security', 'data residency', 'developer experience', 'throughput', 'auditability', 'recoverability'];
const EVENTS = ['the quarterly sales peak', 'a regional outage', 'the migration window', 'an on-call night', 'the compliance audit', 'a schema change', 'a traffic spike'];
const TEAMS = ['Payments', 'Platform', 'Growth', 'Data', 'Mobile', 'Security', 'SRE', 'Support Tools'];
const VERBS = ['Adopt', 'Use', 'Replace', 'Retire', 'Introduce', 'Standardise on', 'Split', 'Consolidate', 'Cache', 'Shard'];
const FIRST_NAMES = ['Ada', 'Linus', 'Grace', 'Barbara', 'Ken', 'Margaret', 'Dennis', 'Frances', 'Edsger', 'Radia', 'Tim', 'Hedy', 'Alan', 'Katherine', 'Donald', 'Sophie', 'Niklaus', 'Annie', 'John', 'Lynn'];
const LAST_NAMES = ['Lovelace', 'Torvalds', 'Hopper', 'Liskov', 'Thompson', 'Hamilton', 'Ritchie', 'Allen', 'Dijkstra', 'Perlman', 'Berners-Lee', 'Lamarr', 'Turing', 'Johnson', 'Knuth', 'Wilson', 'Wirth', 'Easley', 'Backus', 'Conway'];
const TAGS = ['architecture', 'database', 'api', 'security', 'frontend', 'backend', 'infrastructure', 'observability', 'testing', 'ci', 'data', 'mobile', 'payments', 'privacy', 'performance', 'cost', 'messaging', 'identity', 'compliance', 'tooling', 'deployment', 'caching', 'search', 'ux'];
const OTHER_STATUSES: readonly [string, number][] = [
  ['accepted', 0.68],
  ['proposed', 0.14],
  ['rejected', 0.08],
  ['deprecated', 0.1],
];

const SENTENCES: readonly ((r: Random) => string)[] = [
  (r) => `The ${r.pick(COMPONENTS)} has to stay within its ${r.pick(QUALITIES)} budget during ${r.pick(EVENTS)}.`,
  (r) => `Today the ${r.pick(COMPONENTS)} talks to ${r.pick(TECHNOLOGIES)} directly, which couples its release cycle to the ${r.pick(TEAMS)} team.`,
  (r) => `We measured a p99 of ${r.int(40, 900)} ms on the ${r.pick(COMPONENTS)} last month, against a target of ${r.int(20, 300)} ms.`,
  (r) => `${r.pick(TECHNOLOGIES)} is already run by the ${r.pick(TEAMS)} team, so operating it adds little new on-call load.`,
  (r) => `Moving the ${r.pick(COMPONENTS)} to ${r.pick(TECHNOLOGIES)} would take roughly ${r.int(2, 14)} weeks of work for ${r.int(1, 5)} engineers.`,
  (r) => `The ${r.pick(TEAMS)} team asked for a way to replay events from the ${r.pick(COMPONENTS)} after ${r.pick(EVENTS)}.`,
  (r) => `Our contract with customers promises ${r.pick(['99.9', '99.95', '99.99'])}% availability for the ${r.pick(COMPONENTS)}.`,
  (r) => `Without a decision each squad keeps choosing its own approach to ${r.pick(QUALITIES)}, and reviews go round in circles.`,
  (r) => `${r.pick(TECHNOLOGIES)} gives us ${r.pick(QUALITIES)} out of the box but makes ${r.pick(QUALITIES)} harder to reason about.`,
  (r) => `The previous approach cost about ${r.int(2, 90)}k a year in hosting and ${r.int(1, 20)} hours a month of toil.`,
  (r) => `Security review flagged that secrets for the ${r.pick(COMPONENTS)} are copied by hand between environments.`,
  (r) => `Data written by the ${r.pick(COMPONENTS)} must be kept for ${r.int(1, 10)} years and deleted on request within ${r.int(7, 45)} days.`,
];

/**
 * A seeded, deterministic decision log written by Cairn's own dialect serializers, so the files are
 * what adr-tools or MADR 4 tooling would hold: numbered file names, a spread of statuses, tags and
 * people, and "Supersedes"/"Amends" links whose targets say "Superseded by"/"Amended by" back.
 * Every record is sized to 2–3 KB. The same options always give the same bytes.
 */
export function* syntheticLog(options: SyntheticLogOptions): Generator<SyntheticFile> {
  const plan = planLinks(options);
  for (let n = 1; n <= options.count; n++) {
    const doc = recordDocument(n, options, plan);
    yield { name: fileNameOf(n, plan.titles), text: sizedText(doc, recordRandom(options.seed, n, 3)) };
  }
}

interface LinkPlan {
  titles: string[];
  supersedes: Map<number, number>;
  supersededBy: Map<number, number>;
  amends: Map<number, number>;
  amendedBy: Map<number, number[]>;
}

/** Who supersedes or amends whom, decided before any file is written, so both ends of a link agree. */
function planLinks({ count, seed }: SyntheticLogOptions): LinkPlan {
  const titles = [''];
  for (let n = 1; n <= count; n++) titles.push(recordTitle(recordRandom(seed, n, 1)));
  const plan: LinkPlan = { titles, supersedes: new Map(), supersededBy: new Map(), amends: new Map(), amendedBy: new Map() };
  const r = seededRandom(seed);
  for (let n = 3; n <= count; n++) {
    const earlier = () => r.int(Math.max(1, n - LINK_REACH), n - 1);
    if (r.chance(SUPERSEDE_CHANCE)) {
      const target = earlier();
      if (!plan.supersededBy.has(target)) {
        plan.supersedes.set(n, target);
        plan.supersededBy.set(target, n);
      }
    }
    if (r.chance(AMEND_CHANCE)) {
      const target = earlier();
      if (plan.supersedes.get(n) !== target) {
        plan.amends.set(n, target);
        plan.amendedBy.set(target, [...(plan.amendedBy.get(target) ?? []), n]);
      }
    }
  }
  return plan;
}

/** Each record draws from its own stream, so one record's text does not depend on how long the others are. */
function recordRandom(seed: number, n: number, stream: number): Random {
  return seededRandom(Math.imul(seed ^ 0x9e3779b9, 31) ^ Math.imul(n, 0x85ebca6b) ^ Math.imul(stream, 0xc2b2ae35));
}

function recordTitle(r: Random): string {
  return `${r.pick(VERBS)} ${r.pick(TECHNOLOGIES)} for the ${r.pick(COMPONENTS)}`;
}

function fileNameOf(n: number, titles: readonly string[]): string {
  return `${formatDecisionNumber(n)}-${titleSlug(titles[n] as string)}.md`;
}

function linkTo(kind: string, direction: AdrLink['direction'], label: string, target: number, titles: readonly string[]): AdrLink {
  return { kind, direction, label, targetNumber: target, targetFile: fileNameOf(target, titles), targetTitle: `${target}. ${titles[target]}` };
}

function recordDocument(n: number, { count, dialect, seed }: SyntheticLogOptions, plan: LinkPlan): AdrDocument {
  const r = recordRandom(seed, n, 2);
  const { titles } = plan;
  const links: AdrLink[] = [];
  const supersedes = plan.supersedes.get(n);
  if (supersedes !== undefined) links.push(linkTo('supersedes', 'outgoing', 'Supersedes', supersedes, titles));
  const amends = plan.amends.get(n);
  if (amends !== undefined) links.push(linkTo('amends', 'outgoing', 'Amends', amends, titles));
  const supersededBy = plan.supersededBy.get(n);
  if (supersededBy !== undefined) links.push(linkTo('supersedes', 'incoming', 'Superseded by', supersededBy, titles));
  for (const by of plan.amendedBy.get(n) ?? []) links.push(linkTo('amends', 'incoming', 'Amended by', by, titles));

  const withOptions = dialect === 'madr4';
  const options = withOptions ? consideredOptions(r, titles[n] as string) : [];
  const content: DecisionContent = {
    title: titles[n] as string,
    status: supersededBy !== undefined ? 'superseded' : weightedStatus(r),
    date: dateOf(n, count),
    reviewBy: r.chance(0.2) ? dateOf(n + r.int(30, 400), count) : null,
    decisionMakers: people(r, 1, 3),
    consulted: people(r, 0, 2),
    informed: r.chance(0.5) ? [r.pick(TEAMS)] : [],
    tags: [...new Set(r.times(1, 3, () => r.pick(TAGS)))],
    context: paragraphs(r, 2, 3),
    drivers: withOptions ? r.times(2, 4, () => `* ${capitalise(r.pick(QUALITIES))} of the ${r.pick(COMPONENTS)}`).join('\n') : '',
    options,
    chosenOption: options[0]?.name ?? null,
    outcome: withOptions ? `we follow it for every new service from the next planning cycle.` : `We will ${titles[n]?.toLowerCase()}. ${sentence(r)}`,
    consequences: r.times(2, 3, () => `* ${sentence(r)}`).join('\n'),
    confirmation: withOptions && r.chance(0.5) ? `The ${r.pick(TEAMS)} team checks this in the architecture review.` : '',
    moreInformation: '',
    extraSections: [],
  };
  return { dialect, id: null, number: n, content, links, layout: null, warnings: [] };
}

/** Adds or drops context sentences until the written file lands in the 2–3 KB band. */
function sizedText(doc: AdrDocument, r: Random): string {
  const serialize = () => DIALECTS[doc.dialect].serialize(doc);
  let text = serialize();
  let content = doc.content;
  while (byteLength(text) < MIN_BYTES) {
    content = { ...content, context: `${content.context}\n\n${paragraph(r)}` };
    doc = { ...doc, content };
    text = serialize();
  }
  while (byteLength(text) > MAX_BYTES && content.context.includes('\n\n')) {
    content = { ...content, context: content.context.slice(0, content.context.lastIndexOf('\n\n')) };
    doc = { ...doc, content };
    text = serialize();
  }
  return text;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function consideredOptions(r: Random, title: string): ConsideredOption[] {
  const chosen = title.replace(/ for the .*$/, '');
  const alternatives = [...new Set(r.times(1, 2, () => `${r.pick(VERBS)} ${r.pick(TECHNOLOGIES)}`))].filter((name) => name !== chosen);
  return [chosen, ...alternatives].map((name) => ({
    name,
    description: '',
    pros: r.times(1, 2, () => lowerFirst(sentence(r))),
    cons: r.times(0, 2, () => lowerFirst(sentence(r))),
  }));
}

function weightedStatus(r: Random): string {
  let roll = r.next();
  for (const [status, weight] of OTHER_STATUSES) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'accepted';
}

function people(r: Random, min: number, max: number): string[] {
  return [...new Set(r.times(min, max, () => `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`))];
}

/** Dates rise with the number over about ten years, so a log reads in order like a real one. */
function dateOf(n: number, count: number): string {
  const day = Math.floor((n * 3650) / Math.max(count, 1));
  return new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
}

function sentence(r: Random): string {
  return r.pick(SENTENCES)(r);
}

function paragraph(r: Random): string {
  return r.times(2, 4, () => sentence(r)).join(' ');
}

function paragraphs(r: Random, min: number, max: number): string {
  return r.times(min, max, () => paragraph(r)).join('\n\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
