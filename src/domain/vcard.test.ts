import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from './orgIndex';
import type { OrgData } from './types';
import { buildVCards, escapeText, foldLine } from './vcard';

const labels = { askMeAbout: 'Ask me about', chat: 'Chat', hours: 'Working hours' };

const data = {
  formatVersion: 2,
  organisation: { name: { en: 'Acme, Inc.', fr: 'Acme SA' } },
  units: [{ id: 'it', name: { en: 'IT; Support', fr: 'Informatique' }, type: 'department' }],
  people: [
    {
      id: 'p-ines',
      name: 'Inès Laurent',
      email: 'ines@acme.example',
      phone: '+33 1 23 45 67 18',
      chat: 'https://chat.acme.example/u/ines',
      location: { en: 'Paris office, floor 3', fr: 'Bureau de Paris, 3e étage' },
      timeZone: 'Europe/Paris',
      languages: ['fr', 'en'],
      askMeAbout: { en: ['printers', 'VPN'], fr: ['imprimantes', 'VPN'] },
    },
    { id: 'p-xmpp', name: 'Solo', chat: 'xmpp:solo@acme.example' },
    { id: 'p-handle', name: 'Back\\slash Person', chat: '@handle', hours: 'Mon–Fri\n9–17' },
  ],
  positions: [
    {
      id: 'agent',
      title: { en: 'Helpdesk Agent', fr: 'Technicien support' },
      unitId: 'it',
      holders: ['p-ines'],
    },
  ],
  topics: [],
} as unknown as OrgData;

const index = buildOrgIndex(data);
const lines = (text: string) => text.split('\r\n');
/** RFC 6350 §3.2 unfolding: CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('vCard text escaping and folding', () => {
  it('escapes backslashes, commas, semicolons and newlines', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `NOTE:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    // No part ends or starts inside 'é' (two octets): each part is valid UTF-8 text of whole é.
    expect(parts.slice(1).every((p) => /^ é+$/.test(p))).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(foldLine('FN:short')).toBe('FN:short');
  });
});

describe('buildVCards', () => {
  it('writes a full RFC 6350 card for a person, in the chosen language', () => {
    const vcf = buildVCards(index, ['p-ines'], 'en', labels);
    expect(vcf.endsWith('\r\n')).toBe(true);
    expect(vcf).not.toMatch(/[^\r]\n/);
    for (const line of lines(vcf))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines(unfold(vcf))).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'KIND:individual',
      'FN:Inès Laurent',
      'N:Laurent;Inès;;;',
      'TITLE:Helpdesk Agent',
      'ORG:Acme\\, Inc.;IT\\; Support',
      'EMAIL;TYPE=work:ines@acme.example',
      'TEL;VALUE=uri;TYPE="work,voice":tel:+33123456718',
      'URL;TYPE=work:https://chat.acme.example/u/ines',
      'ADR;TYPE=work;LABEL="Paris office, floor 3":;;Paris office\\, floor 3;;;;',
      'TZ:Europe/Paris',
      'LANG;PREF=1:fr',
      'LANG;PREF=2:en',
      'NOTE:Ask me about: printers\\, VPN',
      'UID:urn:wayfinder:person:p-ines',
      'END:VCARD',
      '',
    ]);
    const fr = unfold(buildVCards(index, ['p-ines'], 'fr', labels));
    expect(fr).toContain('TITLE:Technicien support\r\n');
    expect(fr).toContain('ORG:Acme SA;Informatique\r\n');
  });

  it('writes a chat URI as IMPP, a plain handle and hours in NOTE, escaped', () => {
    const vcf = unfold(buildVCards(index, ['p-xmpp', 'p-handle'], 'en', labels));
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(vcf).toContain('IMPP;TYPE=work:xmpp:solo@acme.example\r\n');
    expect(vcf).toContain('FN:Back\\\\slash Person\r\n');
    expect(vcf).toContain('NOTE:Chat: @handle\\nWorking hours: Mon–Fri\\n9–17\r\n');
    // A person without a seat has no TITLE/ORG, and nothing empty is written.
    expect(vcf).not.toMatch(/^(TITLE|ORG|EMAIL|TEL):?$/m);
  });

  it('skips unknown ids and gives an empty file for none', () => {
    expect(buildVCards(index, ['nobody'], 'en', labels)).toBe('');
    expect(
      buildVCards(index, ['nobody', 'p-xmpp'], 'en', labels).match(/BEGIN:VCARD/g),
    ).toHaveLength(1);
  });

  it('quotes a LABEL parameter with RFC 6868 escapes', () => {
    const odd = buildOrgIndex({
      ...data,
      people: [{ id: 'q', name: 'Q', location: 'Hall "B"^2\nEast' }],
      positions: [],
    });
    expect(unfold(buildVCards(odd, ['q'], 'en', labels))).toContain(
      `ADR;TYPE=work;LABEL="Hall ^'B^'^^2^nEast":;;Hall "B"^2\\nEast;;;;`,
    );
  });
});
