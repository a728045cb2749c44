/** Defined once at module level: a new object per render would remount every node. */
import type { NodeTypes } from '@xyflow/react';
import { BlockNode } from './BlockNode';
import { GroupNode } from './GroupNode';
import { PositionCard } from '../card/PositionCard';

export const nodeTypes: NodeTypes = {
  position: PositionCard,
  block: BlockNode,
  group: GroupNode,
};
