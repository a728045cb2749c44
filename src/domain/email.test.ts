import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './email';

describe('isEmailAddress', () => {
  it.each([
    'alice@example.com',
    'first.last+tag@sub.example.co.uk',
    'hélène@société.fr',
    "o'brien@example.ie",
    'helpdesk@intranet',
  ])('accepts %s', (v) => expect(isEmailAddress(v)).toBe(true));

  it.each([
    'a@b.example?bcc=x@evil.example',
    'a@b.example&subject=hi',
    'a@b.example?body=x',
    'a@b.example,x@evil.example',
    'a@b.example;x@evil.example',
    'a@b.example x@evil.example',
    'Alice <a@b.example>',
    'a@b.example\r\nBcc: x@evil.example',
    'a@@b.example',
    'a@',
    '@b.example',
    'a.@b.example',
    'a@-b.example',
    'a@b..example',
    'a@b.example%0Abcc',
    '',
    `${'a'.repeat(250)}@b.example`,
  ])('refuses %j', (v) => expect(isEmailAddress(v)).toBe(false));
});
