import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/i18n/i18n';
import { ChannelLinks } from '../../src/components/ChannelLinks';
import { ProblemList } from '../../src/components/ProblemList';
import { SafeLink } from '../../src/components/SafeLink';
import { safeHref, telHref } from '../../src/components/safeUrl';
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
