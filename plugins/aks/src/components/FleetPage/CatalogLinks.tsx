import { CompoundEntityRef } from '@backstage/catalog-model';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import { Cell, Link } from '@backstage/ui';

// Resolved through the app's routes, not React Router's location.
const catalogEntityRouteRef = convertLegacyRouteRef(entityRouteRef);

/** "component:checkout-web", which may break after its kind rather than inside a word. */
const breakableRef = (name: string) => {
  const colon = name.indexOf(':') + 1;
  if (colon === 0) return name;
  return (
    <>
      {name.slice(0, colon)}
      <wbr />
      {name.slice(colon)}
    </>
  );
};

/** The catalog entities of a cluster, each a link to its page. */
export function CatalogLinks({ refs }: { refs: CompoundEntityRef[] }) {
  const entityRoute = useRouteRef(catalogEntityRouteRef);
  return (
    <Cell>
      {refs.length === 0
        ? '–'
        : refs.map(ref => {
            const name = humanizeEntityRef(ref);
            return (
              <div
                key={`${ref.kind}:${ref.namespace}/${ref.name}`}
                style={{ overflowWrap: 'break-word' }}
              >
                {entityRoute ? (
                  <Link
                    href={entityRoute(
                      entityRouteParams(ref, { encodeParams: true }),
                    )}
                  >
                    {breakableRef(name)}
                  </Link>
                ) : (
                  breakableRef(name)
                )}
              </div>
            );
          })}
    </Cell>
  );
}
