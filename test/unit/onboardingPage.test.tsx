import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getProgress, onboardingKey, setItemDone } from '../../src/db/progressRepository';
import { OnboardingPage } from '../../src/features/onboarding/OnboardingPage';
import {
  getPreferredUnitId,
  ONBOARDING_STORAGE_KEY,
  useOnboardingStore,
} from '../../src/store/onboardingStore';
import { loadViewsOrg, renderAt } from './viewsFixture';
import { freshDb } from './freshDb';

beforeEach(async () => {
  await freshDb();
  useOnboardingStore.getState().forget();
  await loadViewsOrg('en');
});

describe('OnboardingPage with a position (the link HR sends)', () => {
  it('shows manager, skip-level, buddy and team', () => {
    renderAt(OnboardingPage, '#/onboarding/helpdesk-agent', { positionId: 'helpdesk-agent' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welcome, Helpdesk Agent' }),
    ).toBeInTheDocument();
    const people = screen.getByText('Your manager').closest('.contact-card') as HTMLElement;
    expect(within(people).getByRole('link', { name: 'Hugo Simon' })).toBeInTheDocument();
    const skip = screen.getByText('Your manager’s manager').closest('.contact-card') as HTMLElement;
    expect(within(skip).getByRole('link', { name: 'Gina Moreau' })).toBeInTheDocument();
    // No backup of its own and no peer naming it as backup.
    expect(screen.getByText('No buddy or backup is named for this position.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Your team/ })).toHaveTextContent('(0)');
  });

  it('ticks checklist items, counts progress and stores it on the device', async () => {
    const user = userEvent.setup();
    renderAt(OnboardingPage, '#/onboarding/pay-officer', { positionId: 'pay-officer' });
    expect(await screen.findByText('0 of 3 done')).toBeInTheDocument();
    const laptop = screen.getByRole('checkbox', { name: 'Laptop broken or missing' });
    await user.click(laptop);
    await user.click(screen.getByRole('checkbox', { name: 'Onboarding' }));
    expect(await screen.findByText('2 of 3 done')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await getProgress(onboardingKey('pay-officer'))).sort()).toEqual([
        'laptop',
        'onboarding',
      ]),
    );
    await user.click(laptop);
    expect(await screen.findByText('1 of 3 done')).toBeInTheDocument();
    await waitFor(async () =>
      expect(await getProgress(onboardingKey('pay-officer'))).toEqual(['onboarding']),
    );
  });

  it('shows progress saved earlier (or by another tab) and the Responsible contacts', async () => {
    await setItemDone(onboardingKey('pay-officer'), 'accounts', true);
    renderAt(OnboardingPage, '#/onboarding/pay-officer', { positionId: 'pay-officer' });
    expect(await screen.findByText('1 of 3 done')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Accounts and passwords' })).toBeChecked();
    await setItemDone(onboardingKey('pay-officer'), 'laptop', true);
    expect(await screen.findByText('2 of 3 done')).toBeInTheDocument();
    const item = screen.getByRole('checkbox', { name: 'Onboarding' }).closest('li') as HTMLElement;
    expect(within(item).getByRole('link', { name: 'Dan Petit' })).toBeInTheDocument();
  });

  it("remembers the position's unit as the user's own unit", async () => {
    renderAt(OnboardingPage, '#/onboarding/pay-officer', { positionId: 'pay-officer' });
    await waitFor(() => expect(getPreferredUnitId()).toBe('payroll'));
    expect(localStorage.getItem(ONBOARDING_STORAGE_KEY)).toContain('"unitId":"payroll"');
  });
});

describe('OnboardingPage without a position', () => {
  it('lets the user find their position by typing', async () => {
    const user = userEvent.setup();
    renderAt(OnboardingPage, '#/onboarding');
    await user.type(screen.getByLabelText('Find your position'), 'helpdesk');
    const link = await screen.findByRole('link', { name: /Helpdesk Agent/ });
    expect(link).toHaveAttribute('href', '#/onboarding/helpdesk-agent');
    expect(screen.getByText('2 positions')).toBeInTheDocument();
  });

  it('offers to continue with the remembered position and warns on an unknown one', () => {
    useOnboardingStore.getState().choosePosition('cio', 'it');
    renderAt(OnboardingPage, '#/onboarding/nope', { positionId: 'nope' });
    expect(screen.getByRole('alert')).toHaveTextContent('This position does not exist');
    expect(
      screen.getByRole('link', { name: 'Continue as Chief Information Officer' }),
    ).toHaveAttribute('href', '#/onboarding/cio');
  });

  it('speaks French', async () => {
    await loadViewsOrg('fr');
    renderAt(OnboardingPage, '#/onboarding/pay-officer', { positionId: 'pay-officer' });
    expect(await screen.findByText('0 sur 3 faits')).toBeInTheDocument();
    expect(screen.getByText('Votre responsable')).toBeInTheDocument();
  });
});
