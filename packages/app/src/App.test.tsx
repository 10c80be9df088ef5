import { registerMswTestHooks } from '@backstage/test-utils';
import { fireEvent, render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import App from './App';

const BACKEND = 'http://localhost:7007';
/** The whole app loads in jsdom; on a busy machine that takes seconds. */
const LOADED = { timeout: 20_000 };

/** A Backstage token as the auth backend signs it; the app reads only its expiry. */
function guestToken(): string {
  const part = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${part({ alg: 'ES256' })}.${part({
    sub: 'user:development/guest',
    exp,
  })}.signature`;
}

describe('App', () => {
  const server = setupServer(
    http.get(`${BACKEND}/api/auth/guest/refresh`, () =>
      HttpResponse.json({
        profile: { displayName: 'Guest' },
        backstageIdentity: {
          token: guestToken(),
          identity: {
            type: 'user',
            userEntityRef: 'user:development/guest',
            ownershipEntityRefs: ['user:development/guest'],
          },
        },
      }),
    ),
    http.all(`${BACKEND}/*`, () => new HttpResponse(null, { status: 404 })),
  );
  registerMswTestHooks(server);

  beforeEach(() => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: {
              title: 'AKS for Backstage',
              baseUrl: 'http://localhost:3000',
            },
            backend: { baseUrl: BACKEND },
          },
          context: 'test',
        },
      ] as any,
    };
  });

  it('signs in as guest and shows the catalog and the AKS fleet in the navigation', async () => {
    render(App.createRoot());

    fireEvent.click(
      await screen.findByRole('button', { name: 'Enter' }, LOADED),
    );

    const fleet = await screen.findByRole(
      'link',
      { name: /AKS clusters/ },
      LOADED,
    );
    expect(fleet).toHaveAttribute('href', '/aks');
    expect(screen.getByRole('link', { name: /Catalog/ })).toHaveAttribute(
      'href',
      '/catalog',
    );
    expect(screen.queryByText('Guest')).not.toBeInTheDocument();
  }, 60_000);
});
