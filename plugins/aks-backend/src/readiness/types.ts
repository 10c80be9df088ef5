import { AksApiComponents } from '@aks-backstage/plugin-aks-common';

type Schemas = AksApiComponents['schemas'];

export type UpgradeReadiness = Schemas['UpgradeReadiness'];
export type UpgradeStep = Schemas['UpgradeStep'];
export type UpgradeSurge = Schemas['UpgradeSurge'];
export type QuotaNeed = Schemas['QuotaNeed'];
export type BlockingDisruptionBudget = Schemas['BlockingDisruptionBudget'];
export type RemovedApiInUse = Schemas['RemovedApiInUse'];
export type UpgradeFinding = Schemas['UpgradeFinding'];
export type UpgradeFindingCode = Schemas['UpgradeFindingCode'];
