import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/i18n/i18n';
import { ChannelLinks } from '../../src/components/ChannelLinks';
import { ProblemList } from '../../src/components/ProblemList';
import { SafeLink } from '../../src/components/SafeLink';
import { mailtoHref, safeHref, telHref } from '../../src/components/safeUrl';
import { reportErrorHref } from '../../src/features/records/recordLinks';
import type { Problem } from '../../src/domain/problems';

afterEach(cleanup);

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
    ['tel:+33123', 'tel:+33123'],
    ['  HTTPS://Example.com  ', 'https://example.com/'],
  ])('allows %s', (href, expected) => expect(safeHref(href)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    '/relative/path',
    'www.example.com',
    '',
    undefined,
  ])('refuses %s', (href) => expect(safeHref(href)).toBeUndefined());

  it('keeps only the address of a mailto: link: no headers, no second address', () => {
    expect(safeHref('mailto:a@b.example?bcc=x@evil.example')).toBe('mailto:a@b.example');
    expect(safeHref('mailto:a@b.example&subject=x')).toBeUndefined();
    expect(safeHref('mailto:a@b.example,x@evil.example')).toBeUndefined();
    expect(safeHref('mailto:a%40b.example%3Fbcc%3Dx%40evil.example')).toBeUndefined();
    expect(safeHref('mailto:%E0%A4%A')).toBeUndefined();
  });

  it('builds mailto: links by percent-encoding one valid address only', () => {
    expect(mailtoHref('alice@example.com')).toBe('mailto:alice@example.com');
    expect(mailtoHref("o'brien+hr@example.ie")).toBe("mailto:o'brien%2Bhr@example.ie");
    expect(mailtoHref('a?b=c@example.com')).toBe('mailto:a%3Fb%3Dc@example.com');
    for (const hostile of [
      'a@b.example?bcc=x@evil.example',
      'a@b.example&subject=hi',
      'a@b.example?body=x',
      'a@b.example,x@evil.example',
      'a@b.example\r\nBcc: x@evil.example',
    ]) {
      expect(mailtoHref(hostile)).toBeUndefined();
      expect(reportErrorHref(hostile, 'Subject', 'Body')).toBeUndefined();
    }
    expect(reportErrorHref('ops@example.com', 'A & B', 'x?y')).toBe(
      'mailto:ops@example.com?subject=A%20%26%20B&body=x%3Fy',
    );
  });

  it('makes tel: links from phone numbers', () => {
    expect(telHref('+33 1 23 45 67 89')).toBe('tel:+33123456789');
    expect(telHref('ext. only')).toBeUndefined();
  });
});

describe('SafeLink', () => {
  it('renders web links opening in a new tab without opener', () => {
    render(<SafeLink href="https://intranet.example/form">Form</SafeLink>);
    const link = screen.getByRole('link', { name: 'Form' });
    expect(link).toHaveAttribute('href', 'https://intranet.example/form');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('renders mailto: links in place', () => {
    render(<SafeLink href="mailto:hr@example.com">HR</SafeLink>);
    const link = screen.getByRole('link', { name: 'HR' });
    expect(link).not.toHaveAttribute('target');
  });

  it('keeps javascript: as plain text', () => {
    const { container } = render(<SafeLink href="javascript:alert(1)" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container).toHaveTextContent('javascript:alert(1)');
  });
});

describe('ChannelLinks', () => {
  it('renders every channel with working links', () => {
    render(
      <ChannelLinks
        channels={{
          email: 'payroll@example.com',
          phone: '+33 1 23 45 67 89',
          chat: 'https://chat.example/payroll',
          url: 'https://intranet.example/payroll',
          location: { en: 'Building A, 2nd floor', fr: 'Bâtiment A, 2e étage' },
          hours: 'Mon–Fri 9:00–17:00',
        }}
      />,
    );
    expect(screen.getByRole('link', { name: 'payroll@example.com' })).toHaveAttribute(
      'href',
      'mailto:payroll@example.com',
    );
    expect(screen.getByRole('link', { name: '+33 1 23 45 67 89' })).toHaveAttribute(
      'href',
      'tel:+33123456789',
    );
    expect(screen.getByRole('link', { name: 'https://chat.example/payroll' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'https://intranet.example/payroll' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Building A, 2nd floor')).toBeInTheDocument();
    expect(screen.getByText('E-mail')).toBeInTheDocument();
    expect(screen.getByText('Hours')).toBeInTheDocument();
  });

  it('shows a chat handle and unsafe URLs as text', () => {
    render(<ChannelLinks channels={{ chat: '@payroll', url: 'javascript:alert(1)' }} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('@payroll')).toBeInTheDocument();
    expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument();
  });

  it('never links an e-mail or chat field that carries headers or a second address', () => {
    render(
      <ChannelLinks
        channels={{
          email: 'a@b.example?bcc=x@evil.example',
          chat: 'mailto:help@b.example?cc=x@evil.example',
        }}
      />,
    );
    expect(screen.getByText('a@b.example?bcc=x@evil.example').closest('a')).toBeNull();
    const chat = screen.getByRole('link', { name: 'mailto:help@b.example?cc=x@evil.example' });
    expect(chat).toHaveAttribute('href', 'mailto:help@b.example');
    for (const a of screen.getAllByRole('link')) expect(a.getAttribute('href')).not.toMatch(/evil/);
  });

  it('renders nothing without channels', () => {
    const { container } = render(<ChannelLinks channels={{}} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('ProblemList', () => {
  const problems: Problem[] = [
    {
      path: 'positions[3].reportsTo',
      severity: 'warning',
      code: 'several-roots',
      message: { en: 'Several roots', fr: 'Plusieurs racines' },
    },
    {
      path: '$',
      severity: 'error',
      code: 'json-syntax',
      message: { en: 'Not JSON', fr: 'Pas du JSON' },
      line: 3,
      column: 7,
    },
  ];

  it('lists errors then warnings with their paths', () => {
    render(<ProblemList problems={problems} />);
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(['1 error', '1 warning']);
    expect(screen.getByText('Not JSON')).toBeInTheDocument();
    expect(screen.getByText('positions[3].reportsTo')).toBeInTheDocument();
    expect(screen.getByText(/line 3, column 7/)).toBeInTheDocument();
  });

  it('limits long lists', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...problems[1]!, path: `p${i}` }));
    render(<ProblemList problems={many} max={10} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText('…and 20 more problems.')).toBeInTheDocument();
  });
});
