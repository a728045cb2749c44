/** Page objects for the person, unit and topic records. */
import type { Locator, Page } from '@playwright/test';

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
