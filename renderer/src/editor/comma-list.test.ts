import { describe, expect, it } from 'vitest';
import { formatCommaList, parseCommaList, parseTagList } from './comma-list';
import { parseLineList } from './line-list';

describe('parseCommaList', () => {
  it('splits names on commas and trims them', () => {
    expect(parseCommaList(' Ana Lima,Ben ,  Chen Wu ')).toEqual(['Ana Lima', 'Ben', 'Chen Wu']);
  });

  it('drops empty entries left by stray commas and repeated names', () => {
    expect(parseCommaList('Ana,, Ben, ,Ana,')).toEqual(['Ana', 'Ben']);
  });

  it('reads an empty field as no names', () => {
    expect(parseCommaList('   ')).toEqual([]);
  });

  it('round-trips with formatCommaList', () => {
    expect(parseCommaList(formatCommaList(['Ana', 'Ben Okafor']))).toEqual(['Ana', 'Ben Okafor']);
  });
});

describe('parseTagList', () => {
  it('takes the leading # off tags as they are shown', () => {
    expect(parseTagList('#database, api,##security')).toEqual(['database', 'api', 'security']);
  });

  it('keeps a tag with an inner space as typed so the core can name the bad tag', () => {
    expect(parseTagList('event sourcing')).toEqual(['event sourcing']);
  });
});

describe('parseLineList', () => {
  it('makes one entry per non-empty line, without list markers', () => {
    expect(parseLineList('- fast\n\n* well known \n  cheap')).toEqual(['fast', 'well known', 'cheap']);
  });
});
