import { createBackend } from '@backstage/backend-defaults';
import { features } from './features';

const backend = createBackend();
for (const feature of features) {
  backend.add(feature);
}
backend.start();
