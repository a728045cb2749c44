/**
 * React Flow's own screen-reader texts and control labels in the UI language (its defaults are
 * English and speak of moving and deleting nodes, which this read-only chart does not offer).
 */
import type { TFunction } from 'i18next';
import type { AriaLabelConfig } from '@xyflow/react';

export function flowLabels(t: TFunction<'chart'>): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('flow.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('flow.nodeHelp'),
    'edge.a11yDescription.default': t('flow.edgeHelp'),
    'controls.ariaLabel': t('controls'),
    'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
    'controls.fitView.ariaLabel': t('flow.fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('flow.minimap'),
    'handle.ariaLabel': t('flow.handle'),
  };
}
