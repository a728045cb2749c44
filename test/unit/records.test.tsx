import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hrefs } from '../../src/app/links';
import { PersonPage } from '../../src/features/records/PersonPage';
import { PositionPage } from '../../src/features/records/PositionPage';
import { RoleRecord } from '../../src/features/records/RoleRecord';
import i18n from '../../src/i18n/i18n';
import { useOrgStore } from '../../src/store/orgStore';
import { indexOf, makeOrg } from './layoutFixture';
import { FORMAT_VERSION } from '../../src/domain/schema';

const data = makeOrg(
  [
    { id: 'ceo', holders: ['alice'] },
    { id: 'cfo', reportsTo: 'ceo', holders: ['bob'], dottedLineTo: ['ceo'] },
    { id: 'acc', reportsTo: 'cfo' },
  ],
  {
    people: [
      {
        id: 'alice',
        name: 'Alice Martin',
        email: 'alice@example.com',
        phone: '+33 1 23 45 67 89',
        timeZone: 'Europe/Paris',
        languages: ['fr', 'en'],
        askMeAbout: { en: ['strategy'], fr: ['stratégie'] },
        hours: 'Mon–Fri 9–17',
        location: 'Paris',
      },
      { id: 'bob', name: 'Bob Stone', awayUntil: '2999-12-31', chat: 'javascript:alert(1)' },
    ],
    topics: [{ id: 'payroll', name: { en: 'Payroll', fr: 'Paie' } }],
  },
);
data.positions[1]!.responsibilities = [{ topicId: 'payroll', role: 'A' }];
data.positions[1]!.backupId = 'acc';
data.positions[1]!.purpose = { en: 'Keeps the money right.', fr: 'Tient les comptes.' };

afterEach(cleanup);

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useOrgStore.getState().setData(data, {
    versionId: 1,
    sourceUrl: 'org.json',
    hash: 'h',
    loadedAt: '2026-01-01T00:00:00Z',
    formatVersion: FORMAT_VERSION,
  });
});

describe('RoleRecord', () => {
  it('shows purpose, RACI letters linking to topics, backup, dotted lines, chain and reports', () => {
    render(
      <RoleRecord
        index={indexOf(data)}
        positionId="cfo"
        positionHref={hrefs.chartNode}
        today="2026-01-01"
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Title cfo' })).toBeInTheDocument();
    expect(screen.getByText('Keeps the money right.')).toBeInTheDocument();
    const letter = screen.getByTitle('Accountable');
    expect(letter).toHaveTextContent('A');
    expect(screen.getByRole('link', { name: 'Payroll' })).toHaveAttribute(
      'href',
      '#/topic/payroll',
    );
    expect(screen.getByText('Away until December 31, 2999')).toBeInTheDocument();
    const backup = screen.getByRole('heading', { name: 'Backup' }).parentElement as HTMLElement;
    expect(within(backup).getByRole('link')).toHaveAttribute('href', '#/chart/acc');
    const dotted = screen.getByRole('heading', { name: 'Dotted-line manager' })
      .parentElement as HTMLElement;
    expect(within(dotted).getByRole('link', { name: /Title ceo/ })).toHaveAttribute(
      'href',
      '#/chart/ceo',
    );
    const chain = screen.getByRole('heading', { name: 'Reporting chain' })
      .nextElementSibling as HTMLElement;
    expect(
      within(chain)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Title ceo — Alice Martin', 'Title cfo']);
    const reports = screen.getByRole('heading', { name: 'Direct reports' })
      .nextElementSibling as HTMLElement;
    expect(within(reports).getByRole('link', { name: 'Title acc' })).toHaveAttribute(
      'href',
      '#/chart/acc',
    );
    // An unsafe chat link stays text.
    expect(screen.getByText('javascript:alert(1)').tagName).not.toBe('A');
    const report = screen.getByRole('link', { name: 'Report an error' });
    expect(report.getAttribute('href')).toMatch(/^mailto:hr@example\.com\?subject=Wayfinder/);
    expect(decodeURIComponent(report.getAttribute('href') ?? '')).toContain('(cfo)');
  });

  it('says when a position is vacant, and speaks French', async () => {
    await i18n.changeLanguage('fr');
    render(<RoleRecord index={indexOf(data)} positionId="acc" positionHref={hrefs.position} />);
    expect(screen.getByText('Ce poste est vacant.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Titre acc' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ligne hiérarchique' })).toBeInTheDocument();
  });
});

describe('PositionPage and PersonPage', () => {
  it('shows the full role record with a Show on chart link', () => {
    render(<PositionPage params={{ positionId: 'cfo' }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Title cfo' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show on chart' })).toHaveAttribute(
      'href',
      '#/chart/cfo',
    );
  });

  it('says so for an unknown position', () => {
    render(<PositionPage params={{ positionId: 'nope' }} />);
    expect(screen.getByText(/No position with the id “nope”/)).toBeInTheDocument();
  });

  it("shows a person's positions, channels, time zone, languages and ask-me-about", () => {
    render(<PersonPage params={{ personId: 'alice' }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Alice Martin' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Title ceo' })).toHaveAttribute(
      'href',
      '#/position/ceo',
    );
    expect(screen.getByRole('link', { name: /E-mail Alice Martin/ })).toHaveAttribute(
      'href',
      'mailto:alice@example.com',
    );
    expect(screen.getByText(/Europe\/Paris/)).toBeInTheDocument();
    expect(screen.getByText(/French, English/)).toBeInTheDocument();
    expect(screen.getByText('strategy')).toBeInTheDocument();
    expect(screen.getByText('Present')).toBeInTheDocument();
  });

  it('shows away status', () => {
    render(<PersonPage params={{ personId: 'bob' }} />);
    expect(screen.getByText('Away until December 31, 2999')).toBeInTheDocument();
  });
});
