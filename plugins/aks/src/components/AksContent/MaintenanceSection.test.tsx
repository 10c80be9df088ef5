import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type {
  MaintenanceWindowInput,
  MaintenancePreview,
} from '@aks-backstage/plugin-aks-common';
import {
  autoUpgradeWindow,
  maintenance,
  occurrences,
} from '../../__testUtils__/maintenanceFixtures';
import {
  aksUrl,
  backendError,
  setupAksBackend,
} from '../../__testUtils__/mswServer';
import { CLUSTER, renderTab, tabBackend } from './__testUtils__/tabBackend';

const server = setupAksBackend();

// The viewer is in Berlin (UTC+01:00 in December), the windows elsewhere.
beforeEach(() => {
  const resolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;
  jest
    .spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions')
    .mockImplementation(function inBerlin(this: Intl.DateTimeFormat) {
      return { ...resolvedOptions.call(this), timeZone: 'Europe/Berlin' };
    });
});
afterEach(() => jest.restoreAllMocks());

const texts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map(item => item.textContent);

async function section() {
  return within(
    await screen.findByRole('group', {
      name: 'Maintenance of aks-payments-prod',
    }),
  );
}

/** A preview as the backend makes it: a word summary and five occurrences from the first Sunday. */
function previewOf(window: MaintenanceWindowInput): MaintenancePreview {
  return {
    summary: `Every ${window.schedule.weekly?.dayOfWeek} from ${window.startTime} UTC${window.utcOffset}`,
    next: occurrences(
      `2026-12-13T${window.startTime}:00.000Z`,
      window.durationHours,
      5,
    ),
  };
}

describe('the maintenance of a cluster on its tab', () => {
  it('says the channels in words, each window with its next three in the viewer’s time and its own, and what happens next', async () => {
    tabBackend(server);
    await renderTab();
    const shown = await section();
    const fact = (label: string) =>
      shown.getByText(label).closest('div')!.querySelector('dd')!.textContent;
    expect(fact('Automatic upgrades')).toBe(
      'Patch: the newest patch of its minor version',
    );
    expect(fact('Node OS updates')).toBe(
      'Node image: a new node image every week',
    );
    expect(fact('Next change')).toBe(
      'Kubernetes 1.34.5 → 1.34.8 (patch channel)In the auto-upgrade window, Sun, Dec 13, 00:00 your time',
    );

    const auto = within(
      shown.getByRole('group', { name: 'Auto-upgrade window' }),
    );
    expect(
      auto.getByText('Every Saturday 23:00–03:00 (next day) UTC'),
    ).toBeInTheDocument();
    expect(
      texts(auto.getByRole('list', { name: 'Next auto-upgrade windows' })),
    ).toEqual([
      'Sun, Dec 13, 00:00–04:00 your time (Sat 23:00–03:00 UTC+00:00)',
      'Sun, Dec 20, 00:00–04:00 your time (Sat 23:00–03:00 UTC+00:00)',
      'Sun, Dec 27, 00:00–04:00 your time (Sat 23:00–03:00 UTC+00:00)',
    ]);
    const nodeOs = within(
      shown.getByRole('group', { name: 'Node OS update window' }),
    );
    expect(
      texts(nodeOs.getByRole('list', { name: 'Next node OS update windows' })),
    ).toEqual([
      'Tue, Dec 8, 21:30–01:30 your time (Wed 02:00–06:00 UTC+05:30)',
      'Wed, Dec 9, 21:30–01:30 your time (Thu 02:00–06:00 UTC+05:30)',
      'Thu, Dec 10, 21:30–01:30 your time (Fri 02:00–06:00 UTC+05:30)',
    ]);
    expect(shown.getAllByRole('button', { name: 'Set window…' })).toHaveLength(
      2,
    );
  });

  it('says what a missing window means, and why the windows are unknown', async () => {
    tabBackend(server, {
      maintenance: maintenance({
        nodeOSUpgradeChannel: 'None',
        windows: [],
        nextChange: {
          kind: 'kubernetesUpgrade',
          summary: 'Kubernetes 1.34.5 → 1.34.8 (patch channel)',
        },
      }),
    });
    await renderTab();
    const shown = await section();
    expect(
      within(
        shown.getByRole('group', { name: 'Auto-upgrade window' }),
      ).getByText('None: automatic upgrades may start at any time'),
    ).toBeInTheDocument();
    expect(
      shown.getByText('None (node OS updates are off)'),
    ).toBeInTheDocument();
    expect(
      shown.getByText('At any time: its channel has no window'),
    ).toBeInTheDocument();
  });

  it('previews a new window before saving it, shows a refusal at its field, and shows the window saved', async () => {
    tabBackend(server);
    const previews: MaintenanceWindowInput[] = [];
    const puts: Request[] = [];
    server.use(
      http.post(
        aksUrl(`${CLUSTER}/maintenance/preview`),
        async ({ request }) => {
          const { maintenanceWindow } = (await request.json()) as {
            maintenanceWindow: MaintenanceWindowInput;
          };
          previews.push(maintenanceWindow);
          if (maintenanceWindow.startTime === '23:30') {
            return backendError(
              400,
              'InputError',
              'Invalid maintenanceWindow.startTime "23:30": the window would overlap the node OS window',
            );
          }
          return HttpResponse.json(previewOf(maintenanceWindow));
        },
      ),
      http.put(
        aksUrl(`${CLUSTER}/maintenance/aksManagedAutoUpgradeSchedule`),
        async ({ request }) => {
          puts.push(request.clone());
          const { maintenanceWindow } = (await request.json()) as {
            maintenanceWindow: MaintenanceWindowInput;
          };
          return HttpResponse.json(
            maintenance({
              windows: [
                autoUpgradeWindow({
                  maintenanceWindow,
                  summary: 'Every Sunday 22:00–04:00 (next day) UTC+01:00',
                  next: occurrences('2026-12-13T21:00:00.000Z', 6, 3),
                }),
              ],
            }),
          );
        },
      ),
    );
    await renderTab();
    const shown = await section();
    fireEvent.click(
      within(
        shown.getByRole('group', { name: 'Auto-upgrade window' }),
      ).getByRole('button', { name: 'Set window…' }),
    );
    const dialog = within(
      await screen.findByRole('dialog', {
        name: 'Auto-upgrade window of aks-payments-prod',
      }),
    );
    // The window as set, to begin with.
    expect(
      await dialog.findByText('Every Saturday from 23:00 UTC+00:00'),
    ).toBeInTheDocument();
    expect(
      dialog.getAllByRole('listitem').map(item => item.textContent),
    ).toHaveLength(5);
    const save = dialog.getByRole('button', { name: 'Save window' });
    expect(save).toBeEnabled();

    const type = (label: string, value: string) => {
      const field = dialog.getByRole('textbox', { name: new RegExp(label) });
      fireEvent.change(field, { target: { value } });
      fireEvent.blur(field);
    };
    fireEvent.click(dialog.getByRole('button', { name: /Day$/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Sunday' }));
    type('Hours', '3');
    expect(await dialog.findByText('From 4 to 24 hours')).toBeInTheDocument();
    expect(save).toBeDisabled();

    type('Hours', '6');
    type('UTC offset', '+01:00');
    type('Start time', '23:30');
    expect(
      await dialog.findByText(
        'Invalid maintenanceWindow.startTime "23:30": the window would overlap the node OS window',
      ),
    ).toBeInTheDocument();
    expect(save).toBeDisabled();

    type('Start time', '22:00');
    await waitFor(() =>
      expect(
        texts(dialog.getByRole('list', { name: 'Next five windows' }))[0],
      ).toBe('Sun, Dec 13, 23:00–05:00 your time (Sun 23:00–05:00 UTC+01:00)'),
    );
    await waitFor(() => expect(save).toBeEnabled());
    // No preview was asked of a window the form knew to be invalid.
    expect(previews.some(p => p.durationHours === 3)).toBe(false);

    fireEvent.click(save);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(puts).toHaveLength(1);
    expect(new URL(puts[0].url).searchParams.get('entityRef')).toBe(
      'component:default/payments-api',
    );
    expect(await puts[0].json()).toEqual({
      maintenanceWindow: {
        schedule: { weekly: { intervalWeeks: 1, dayOfWeek: 'Sunday' } },
        startTime: '22:00',
        utcOffset: '+01:00',
        durationHours: 6,
      },
    });
    expect(
      (await section()).getByText(
        'Every Sunday 22:00–04:00 (next day) UTC+01:00',
      ),
    ).toBeInTheDocument();
  }, 30_000);
});
