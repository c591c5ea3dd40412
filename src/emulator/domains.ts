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
import { competitionTopicsService, discussionsService } from "./discussions/service";
import { discussionsDomain } from "./discussions/state";
import { kernelsDomain, kernelsService } from "./kernels/service";
import { modelsService } from "./models/service";
import { modelsDomain } from "./models/state";
import { oauthService } from "./oauth/service";
import { searchService } from "./search/service";
import { inboxDomain, inboxService } from "./inbox/service";
import { accountService } from "./oauth/account";
import { oauthDomain } from "./oauth/state";

export const services: ServiceDefinition[] = [
  competitionsService,
  blobsService,
  oauthService,
  kernelsService,
  datasetsService,
  modelsService,
  diagnosticsService,
  discussionsService,
  competitionTopicsService,
  searchService,
  accountService,
  inboxService,
];

/** Domains, in load order (a domain may read slices loaded before it). */
export const domains: DomainDefinition[] = [
  competitionsDomain,
  kernelsDomain,
  datasetsDomain,
  modelsDomain,
  discussionsDomain,
  oauthDomain,
  inboxDomain,
];
