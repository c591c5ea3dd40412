/**
 * Every service and domain the emulator serves. Adding one is one import and one line here
 * (see docs/emulator.md, "Adding a service").
 */
import type { DomainDefinition } from "../scenario";
import type { ServiceDefinition } from "../service";
import { blobsService } from "./blobs";
import { competitionsService } from "./competitions";
import { competitionsDomain } from "./competitions-state";
import { datasetsDomain } from "../datasets/state";
import { datasetsService } from "./datasets";
import { kernelsDomain, kernelsService } from "./kernels";
import { oauthService } from "./oauth";

export const services: ServiceDefinition[] = [competitionsService, blobsService, oauthService, kernelsService, datasetsService];

/** Domains, in load order (a domain may read slices loaded before it). */
export const domains: DomainDefinition[] = [competitionsDomain, kernelsDomain, datasetsDomain];
