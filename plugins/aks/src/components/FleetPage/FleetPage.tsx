import type { ReactNode } from 'react';
import { Container, PluginHeader, Text } from '@backstage/ui';
import { compatWrapper } from '@backstage/core-compat-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { aksTranslationRef } from '../../translation';
import { AksIcon } from '../AksIcon';
import { MUTED } from '../look';
import { Fleet } from './Fleet';

/** The page's main landmark: neither app shell puts one around a plugin page. */
const Main = ({ children }: { children: ReactNode }) => (
  <main data-aks-plugin>
    <Container py="4">{children}</Container>
  </main>
);

/** The fleet: every cluster in the configured subscriptions, all pages of it. */
export const FleetContent = () => (
  <Main>
    <Fleet />
  </Main>
);

const LegacyFleetPage = () => {
  const { t } = useTranslationRef(aksTranslationRef);
  return (
    <div data-aks-plugin>
      <PluginHeader icon={<AksIcon />} title={t('fleetPage.title')} />
      <Main>
        <Text
          as="p"
          variant="body-medium"
          style={{ ...MUTED, marginBottom: 16 }}
        >
          {t('fleetPage.subtitle')}
        </Text>
        <Fleet />
      </Main>
    </div>
  );
};

/**
 * The fleet page for the legacy frontend system, with its own header; the
 * compat wrapper lends it the new system's APIs (catalog links resolve
 * through the route resolution API).
 */
export const FleetPage = () => compatWrapper(<LegacyFleetPage />);
