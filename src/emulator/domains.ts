/**
 * Every service and domain the emulator serves. Adding one is one import and one line here
 * (see docs/emulator.md, "Adding a service").
 */
import type { DomainDefinition } from "./scenario";
import type { ServiceDefinition } from "./service";
import { blobsService } from "./blobs/service";
import { competitionsService } from "./competitions/service";
import { competitionsDomain } from "./competitions/scenario";
import { datasetsDomain } from "./datasets/state";
import { datasetsService } from "./datasets/service";
import { diagnosticsService } from "./diagnostics/service";
import { inboxDomain, inboxService } from "./inbox/service";
import { kernelsDomain, kernelsService } from "./kernels/service";
import { accountService } from "./oauth/account";
import { oauthService } from "./oauth/service";
import { oauthDomain } from "./oauth/state";

export const services: ServiceDefinition[] = [
  competitionsService,
  blobsService,
  oauthService,
  accountService,
  kernelsService,
  datasetsService,
  diagnosticsService,
  inboxService,
];

/** Domains, in load order (a domain may read slices loaded before it). */
export const domains: DomainDefinition[] = [competitionsDomain, kernelsDomain, datasetsDomain, oauthDomain, inboxDomain];
