/**
 * "I'm new": everything a new hire in a position needs to know on day one: their manager,
 * their team (peers under the same manager), the skip-level manager, a buddy who can cover,
 * and, for every topic tagged `onboarding`, the Responsible positions to contact.
 */
import { positionsWithRole } from './contact';
import type { OrgIndex } from './orgIndex';
import type { Position } from './types';

export interface OnboardingItem {
  topicId: string;
  /** Positions marked R on the topic (file order); the people to contact. */
  responsibleIds: string[];
  /** Positions marked A: escalation, or the contact when nobody is Responsible. */
  accountableIds: string[];
}

export interface OnboardingPlan {
  positionId: string;
  unitId: string | undefined;
  managerId: string | undefined;
  skipLevelId: string | undefined;
  /** Other positions reporting to the same manager (solid line), file order. */
  peerIds: string[];
  /** The position's backup, else a peer whose backup is this position. */
  buddyId: string | undefined;
  /** Onboarding-tagged topics in file order. */
  items: OnboardingItem[];
}

function knownManager(index: OrgIndex, position: Position | undefined): string | undefined {
  const id = position?.reportsTo;
  if (id === undefined || id === position?.id || !index.positionById.has(id)) return undefined;
  return id;
}

/** The topics of the onboarding checklist with their R and A positions (unknown ids dropped). */
export function onboardingItems(index: OrgIndex): OnboardingItem[] {
  const items: OnboardingItem[] = [];
  for (const topic of index.topicById.values()) {
    if (!topic.onboarding) continue;
    items.push({
      topicId: topic.id,
      responsibleIds: positionsWithRole(index, topic.id, 'R'),
      accountableIds: positionsWithRole(index, topic.id, 'A'),
    });
  }
  return items;
}

/** The plan for `positionId`, or undefined for an unknown position. Never loops on cycles. */
export function onboardingPlan(index: OrgIndex, positionId: string): OnboardingPlan | undefined {
  const position = index.positionById.get(positionId);
  if (!position) return undefined;
  const managerId = knownManager(index, position);
  const skip = knownManager(index, managerId ? index.positionById.get(managerId) : undefined);
  const skipLevelId = skip === positionId ? undefined : skip;
  const peerIds =
    managerId === undefined
      ? []
      : (index.reportsOf.get(managerId) ?? []).filter((id) => id !== positionId);
  const ownBackup =
    position.backupId !== undefined &&
    position.backupId !== positionId &&
    index.positionById.has(position.backupId)
      ? position.backupId
      : undefined;
  const buddyId =
    ownBackup ?? peerIds.find((id) => index.positionById.get(id)?.backupId === positionId);
  return {
    positionId,
    unitId:
      position.unitId !== undefined && index.unitById.has(position.unitId)
        ? position.unitId
        : undefined,
    managerId,
    skipLevelId,
    peerIds,
    buddyId,
    items: onboardingItems(index),
  };
}

/** How many of the checklist's topics are ticked in `done` (ids of gone topics ignored). */
export function progressCount(
  items: readonly OnboardingItem[],
  done: ReadonlySet<string>,
): { done: number; total: number } {
  let count = 0;
  for (const item of items) if (done.has(item.topicId)) count++;
  return { done: count, total: items.length };
}
