import { removedApiFinding, removedApisInUse } from './removedApis';

const metrics = [
  '# HELP apiserver_requested_deprecated_apis [STABLE] Gauge of deprecated APIs that have been requested, broken out by API group, version, resource, subresource, and removed_release.',
  '# TYPE apiserver_requested_deprecated_apis gauge',
  'apiserver_requested_deprecated_apis{group="flowcontrol.apiserver.k8s.io",removed_release="1.32",resource="flowschemas",subresource="",version="v1beta3"} 1',
  'apiserver_requested_deprecated_apis{group="",removed_release="1.35",resource="endpoints",subresource="",version="v1"} 1',
  'apiserver_requested_deprecated_apis{group="storage.k8s.io",removed_release="1.36",resource="volumeattributesclasses",subresource="status",version="v1beta1"} 1',
  'apiserver_requested_deprecated_apis{group="example.com",removed_release="",resource="widgets",subresource="",version="v1alpha1"} 1',
  'apiserver_requested_deprecated_apis{group="batch",removed_release="1.35",resource="cronjobs",subresource="",version="v2alpha1"} 0',
  'apiserver_request_total{code="200"} 42',
  '',
].join('\n');

describe('removedApisInUse', () => {
  it('keeps the requested APIs removed after the current version and by the target', () => {
    expect(removedApisInUse(metrics, '1.34.5', '1.35.2')).toEqual([
      {
        group: '',
        version: 'v1',
        resource: 'endpoints',
        removedRelease: '1.35',
      },
    ]);
    expect(removedApisInUse(metrics, '1.34.5', '1.36.0')).toEqual([
      expect.objectContaining({ resource: 'endpoints' }),
      {
        group: 'storage.k8s.io',
        version: 'v1beta1',
        resource: 'volumeattributesclasses',
        subresource: 'status',
        removedRelease: '1.36',
      },
    ]);
  });

  it('finds nothing in text that is not the metric', () => {
    expect(removedApisInUse('not prometheus', '1.34.5', '1.35.2')).toEqual([]);
    expect(removedApisInUse('', '1.34.5', '1.35.2')).toEqual([]);
  });

  it('reads escaped label values', () => {
    const line =
      'apiserver_requested_deprecated_apis{group="a\\"b",removed_release="1.35",resource="r",subresource="",version="v1"} 1';
    expect(removedApisInUse(line, '1.34.5', '1.35.2')[0].group).toBe('a"b');
  });
});

describe('removedApiFinding', () => {
  it('is blocking and names each API with its release', () => {
    const finding = removedApiFinding(
      removedApisInUse(metrics, '1.34.5', '1.36.0'),
      '1.36.0',
    );
    expect(finding).toMatchObject({
      code: 'RemovedApiInUse',
      severity: 'blocking',
    });
    expect(finding?.message).toContain(
      'v1 endpoints (removed in 1.35), storage.k8s.io/v1beta1 volumeattributesclasses/status (removed in 1.36)',
    );
    expect(removedApiFinding([], '1.36.0')).toBeUndefined();
  });
});
