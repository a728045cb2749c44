/**
 * What deleting a person or a unit does to the records that point to it, decided here once: the
 * confirmation shows it before, the operation (`operations.ts`) carries it out, and the message
 * after says it again. No reference is left dangling:
 * - a person leaves every seat they hold; a seat they held alone becomes vacant (it stays, with
 *   its reports and letters: the role still exists and can be given to someone else);
 * - a unit's sub-units, positions and services move up to its parent unit (or have no unit when
 *   it was a top unit); a topic answered by the unit's shared contact keeps those channels
 *   (copied into the topic, so the service desk still answers) or, when the unit had no contact,
 *   loses that responsible channel (the live checks then say if the topic lacks a Responsible).
 */
import type { ResponsibleChannel, Unit } from '../types';
import { type DraftData, recordOf } from './draft';

export interface PersonDeleteImpact {
  /** Positions the person holds. */
  seats: string[];
  /** Among them, the ones nobody else holds: vacant after the delete. */
  vacated: string[];
}

export function personDeleteImpact(draft: DraftData, id: string): PersonDeleteImpact {
  const seats: string[] = [];
  const vacated: string[] = [];
  for (const p of draft.data.positions) {
    if (!p.holders?.includes(id)) continue;
    seats.push(p.id);
    if (p.holders.every((h) => h === id)) vacated.push(p.id);
  }
  return { seats, vacated };
}

export interface UnitDeleteImpact {
  /** Where its sub-units, positions and services go; undefined: it was a top unit. */
  parentId: string | undefined;
  subUnits: string[];
  positions: string[];
  topics: string[];
  /** Topics whose responsible channel was this unit and that keep its contact channels. */
  channelsKept: string[];
  /** Topics whose responsible channel was this unit, which had no contact: the channel goes. */
  channelsLost: string[];
}

export function unitDeleteImpact(draft: DraftData, id: string): UnitDeleteImpact {
  const unit = recordOf(draft, 'units', id) as Unit | undefined;
  const impact: UnitDeleteImpact = {
    parentId: unit?.parentId === id ? undefined : unit?.parentId,
    subUnits: [],
    positions: [],
    topics: [],
    channelsKept: [],
    channelsLost: [],
  };
  for (const u of draft.data.units)
    if (u.parentId === id && u.id !== id) impact.subUnits.push(u.id);
  for (const p of draft.data.positions) if (p.unitId === id) impact.positions.push(p.id);
  for (const t of draft.data.topics) {
    if (t.unitId === id) impact.topics.push(t.id);
    const channel = t.responsibleChannel;
    if (channel?.unitId !== id) continue;
    if (channel.channels === undefined && unit?.contact === undefined)
      impact.channelsLost.push(t.id);
    else impact.channelsKept.push(t.id);
  }
  return impact;
}

/**
 * The responsible channel of a topic once unit `unit` is gone: its own channels stay; with
 * none, the unit's contact is copied in (named after the unit unless it had a label).
 */
export function channelWithoutUnit(
  channel: ResponsibleChannel,
  unit: Unit,
): ResponsibleChannel | undefined {
  const rest: ResponsibleChannel = { ...channel };
  delete rest.unitId;
  if (rest.channels !== undefined) return rest;
  if (unit.contact === undefined) return undefined;
  return { ...rest, channels: unit.contact, label: rest.label ?? unit.name };
}
