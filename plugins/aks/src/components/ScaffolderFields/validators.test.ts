import { validateClusterId, validateVmSize } from './validators';

function errorsOf(
  validate: (value: string, field: any, context: any) => unknown,
) {
  return async (value: string, context: any = {}) => {
    const errors: string[] = [];
    await validate(value, { addError: (e: string) => errors.push(e) }, context);
    return errors;
  };
}

const vmSizeErrors = errorsOf(validateVmSize);

describe('the fields’ checks', () => {
  it('accepts VM sizes named the way Azure names them, and nothing else', async () => {
    expect(await vmSizeErrors('Standard_D4ds_v5')).toEqual([]);
    expect(await vmSizeErrors('Standard_NC24ads_A100_v4')).toEqual([]);
    expect(await vmSizeErrors('d4ds')).toEqual([
      'd4ds is not an Azure VM size; sizes look like Standard_D4ds_v5.',
    ]);
  });

  it('refuses a VM size the region does not offer, or not to this subscription', async () => {
    const aksApi = {
      listVmSizes: async () => ({
        location: 'westeurope',
        items: [
          { name: 'Standard_D4ds_v5', vCPUs: 4, memoryGB: 16, zones: [] },
          {
            name: 'Standard_NC24ads_A100_v4',
            vCPUs: 24,
            memoryGB: 220,
            zones: [],
            unavailable: 'NotAvailableForSubscription',
          },
        ],
      }),
    };
    const context = {
      apiHolder: { get: () => aksApi },
      formData: { subscriptionId: 'sub', location: 'westeurope' },
      uiSchema: {},
    };
    expect(await vmSizeErrors('Standard_D4ds_v5', context)).toEqual([]);
    expect(await vmSizeErrors('Standard_D4ds_v6', context)).toEqual([
      'westeurope does not offer Standard_D4ds_v6; choose one of its sizes.',
    ]);
    expect(await vmSizeErrors('Standard_NC24ads_A100_v4', context)).toEqual([
      'Standard_NC24ads_A100_v4 is not available to this subscription in westeurope (NotAvailableForSubscription); choose another size.',
    ]);
  });

  it('takes a typed cluster only as a cluster’s ARM id, saying what is wrong', async () => {
    const errors = await errorsOf(validateClusterId)('aks-payments-prod');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^That is not an AKS cluster's id: /);
  });
});
