/** Expands a compact topic definition into the org file's topic shape. */
import type { Service, Topic } from '../../src/domain/types';
import type { Bi, ServiceDef, TopicDef } from './types';

const KB = 'https://intranet.northwind.example/kb';

export const bi = (text: Bi) => ({ en: text[0], fr: text[1] });

function toService(def: ServiceDef): Service {
  const service: Service = { responseTime: bi(def.response) };
  if (def.lead) service.leadTime = bi(def.lead);
  if (def.cost) service.cost = bi(def.cost);
  if (def.steps) service.steps = def.steps.map(bi);
  if (def.equipment) service.equipment = def.equipment.map(bi);
  if (def.request) service.request = def.request;
  return service;
}

export function toTopic(def: TopicDef): Topic {
  const topic: Topic = {
    id: def.id,
    name: bi(def.name),
    description: bi(def.desc),
    unitId: def.unit,
    keywords: { en: [...def.kw[0]], fr: [...def.kw[1]] },
    synonyms: { en: [...def.syn[0]], fr: [...def.syn[1]] },
  };
  // Every topic has at least its FAQ page on the intranet knowledge base.
  const links = def.links ?? [
    { label: [`FAQ: ${def.name[0]}`, `FAQ : ${def.name[1]}`], url: `${KB}/${def.id}` },
  ];
  topic.links = links.map((l) => ({ label: bi(l.label), url: l.url }));
  if (def.onboarding) topic.onboarding = true;
  if (def.service) topic.service = toService(def.service);
  return topic;
}
