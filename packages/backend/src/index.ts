import { createBackend } from '@backstage/backend-defaults';
import { features } from './features';
import { rootHttpRouterWithoutQueryStrings } from './rootHttpRouter';

const backend = createBackend();
backend.add(rootHttpRouterWithoutQueryStrings);
for (const feature of features) {
  backend.add(feature);
}
backend.start();
