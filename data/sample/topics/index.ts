/** Every topic of the sample organisation, in catalogue order. */
import type { TopicDef } from '../types';
import { COMMS_TOPICS, EXEC_TOPICS, FINANCE_TOPICS, LEGAL_TOPICS } from './corporate';
import { IT_TOPICS } from './it';
import { BUSINESS_TOPICS, FACILITIES_TOPICS, OPERATIONS_TOPICS } from './operations';
import { HR_TOPICS, PAY_TOPICS, TALENT_TOPICS } from './people';

export const TOPICS: readonly TopicDef[] = [
  ...PAY_TOPICS,
  ...HR_TOPICS,
  ...TALENT_TOPICS,
  ...IT_TOPICS,
  ...FINANCE_TOPICS,
  ...FACILITIES_TOPICS,
  ...OPERATIONS_TOPICS,
  ...LEGAL_TOPICS,
  ...COMMS_TOPICS,
  ...BUSINESS_TOPICS,
  ...EXEC_TOPICS,
];
