// The one place the UI talks to the Rust side: one typed function per IPC command.
// A rejected invoke() always becomes a typed IpcError, so callers never see raw strings.
import { invoke } from '@tauri-apps/api/core';
import type { FieldError } from './bindings/FieldError';
import type { Initiative } from './bindings/Initiative';
import type { InitiativeDetail } from './bindings/InitiativeDetail';
import type { InitiativeInput } from './bindings/InitiativeInput';
import type { InitiativeRow } from './bindings/InitiativeRow';
import type { OrgUnit } from './bindings/OrgUnit';
import type { OrgUnitInput } from './bindings/OrgUnitInput';
import type { Sponsor } from './bindings/Sponsor';
import type { SponsorDetail } from './bindings/SponsorDetail';
import type { SponsorInput } from './bindings/SponsorInput';
import type { SponsorQuery } from './bindings/SponsorQuery';
import type { SponsorRow } from './bindings/SponsorRow';
import type { Sponsorship } from './bindings/Sponsorship';
import type { SponsorshipInput } from './bindings/SponsorshipInput';
import { toIpcError } from './errors';
import type { AppInfo } from './types';

type Id = number;

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (raw) {
    throw toIpcError(raw);
  }
}

export const appInfo = () => call<AppInfo>('app_info');

export const listOrgUnits = () => call<OrgUnit[]>('list_org_units');
export const createOrgUnit = (input: OrgUnitInput) => call<OrgUnit>('create_org_unit', { input });
export const updateOrgUnit = (id: Id, input: OrgUnitInput) =>
  call<OrgUnit>('update_org_unit', { id, input });
export const deleteOrgUnit = (id: Id) => call<null>('delete_org_unit', { id });
export const checkOrgUnit = (id: Id | null, input: OrgUnitInput) =>
  call<FieldError[]>('check_org_unit', { id, input });

export const listSponsors = (query: SponsorQuery) => call<SponsorRow[]>('list_sponsors', { query });
export const getSponsor = (id: Id) => call<SponsorDetail>('get_sponsor', { id });
export const createSponsor = (input: SponsorInput) => call<Sponsor>('create_sponsor', { input });
export const updateSponsor = (id: Id, input: SponsorInput) =>
  call<Sponsor>('update_sponsor', { id, input });
export const deleteSponsor = (id: Id) => call<null>('delete_sponsor', { id });
export const checkSponsor = (id: Id | null, input: SponsorInput) =>
  call<FieldError[]>('check_sponsor', { id, input });

export const listInitiatives = () => call<InitiativeRow[]>('list_initiatives');
export const getInitiative = (id: Id) => call<InitiativeDetail>('get_initiative', { id });
export const createInitiative = (input: InitiativeInput) =>
  call<Initiative>('create_initiative', { input });
export const updateInitiative = (id: Id, input: InitiativeInput) =>
  call<Initiative>('update_initiative', { id, input });
export const deleteInitiative = (id: Id) => call<null>('delete_initiative', { id });
export const checkInitiative = (id: Id | null, input: InitiativeInput) =>
  call<FieldError[]>('check_initiative', { id, input });

export const createSponsorship = (input: SponsorshipInput) =>
  call<Sponsorship>('create_sponsorship', { input });
export const updateSponsorship = (id: Id, input: SponsorshipInput) =>
  call<Sponsorship>('update_sponsorship', { id, input });
export const deleteSponsorship = (id: Id) => call<null>('delete_sponsorship', { id });
export const checkSponsorship = (id: Id | null, input: SponsorshipInput) =>
  call<FieldError[]>('check_sponsorship', { id, input });
