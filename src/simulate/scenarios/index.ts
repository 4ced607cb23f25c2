import type { Scenario } from '../define-scenario.ts';
import matrixRebuildsImage from './matrix-rebuilds-image.ts';
import missingConcurrency from './missing-concurrency.ts';
import qemuEmulatedBuild from './qemu-emulated-build.ts';
import qemuSetupUnused from './qemu-setup-unused.ts';
import removeNeeds from './remove-needs.ts';

export const scenarios: readonly Scenario[] = [
  matrixRebuildsImage,
  missingConcurrency,
  qemuEmulatedBuild,
  qemuSetupUnused,
  removeNeeds,
];
