/** Page objects for the person, unit and topic records. */
import { readFileSync } from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class PersonView {
  readonly heading: Locator;
  readonly manager: Locator;
  readonly team: Locator;
  readonly teamItems: Locator;
  readonly backup: Locator;
  readonly saveContact: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.manager = page.getByTestId('relation-manager');
    this.team = page.getByTestId('relation-team');
    this.teamItems = this.team.locator('li');
    this.backup = page.getByTestId('relation-backup');
    this.saveContact = page.getByRole('button', { name: /Save contact|Enregistrer le contact/ });
  }
}

/** The "Report an error" link of a record (or of one service card, by its name). */
export function reportErrorLink(scope: Page | Locator): Locator {
  return scope.getByRole('link', { name: /^(Report an error|Signaler une erreur)/ });
}

/** The recipient, subject and body of a mailto: link. */
export function readMailto(href: string): { to: string; subject: string; body: string } {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject') ?? '',
    body: url.searchParams.get('body') ?? '',
  };
}

/** Runs `action`, waits for the download it starts and reads the file as UTF-8 text. */
export async function downloadedText(
  page: Page,
  action: () => Promise<void>,
): Promise<{ download: Download; content: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await download.path();
  return { download, content: readFileSync(path, 'utf8') };
}

/** The content lines of a vCard file (CRLF ends, RFC 6350 folding undone). */
export function unfoldVCard(text: string): string[] {
  expect(text, 'vCard lines end in CRLF').not.toMatch(/[^\r]\n/);
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}
