/** Compact shapes the sample tables are written in; `buildSample.ts` expands them to the org format. */
import type { Channels, Maintainer } from '../../src/domain/types';

/** English and French text, in that order. */
export type Bi = readonly [en: string, fr: string];

/** English words, then French words. */
export type BiList = readonly [en: readonly string[], fr: readonly string[]];

export type SiteId = 'par' | 'lyo' | 'mtl' | 'lon';

export interface UnitDef {
  id: string;
  type: 'company' | 'division' | 'department' | 'team';
  parent?: string;
  name: Bi;
  mission: Bi;
  color: string;
  contact?: Channels;
  /** Who keeps this unit's records (its seats and topics) up to date, when not the HR default. */
  maintainer?: Maintainer;
}

export interface ServiceDef {
  response: Bi;
  lead?: Bi;
  cost?: Bi;
  steps?: readonly Bi[];
  equipment?: readonly Bi[];
  request?: Channels;
}

export interface TopicDef {
  id: string;
  unit: string;
  name: Bi;
  desc: Bi;
  kw: BiList;
  syn: BiList;
  /** RACI: position ids. Exactly one Accountable, at least one Responsible. */
  A: string;
  R: readonly string[];
  C?: readonly string[];
  I?: readonly string[];
  onboarding?: boolean;
  service?: ServiceDef;
  /** Links: a label and a URL. */
  links?: readonly { label: Bi; url: string }[];
}
