/**
 * DfE SSDA903 code lists (children looked after return), as the councils'
 * own validator checks them: data-to-insight/csc-validator-be-903, rules 143
 * (RNE), 144 (LS), 145 (CIN), 146 (PLACE: the 2022/23 to 2025/26 lists
 * together, so H5 and P2 of earlier years and Z11-Z14 of 2025/26 are all
 * accepted), 178 (PLACE_PROVIDER), 149 (REC), 1009 (REASON_PLACE_CHANGE),
 * 179 (PL_LOCATION). Meanings from the DfE's SSDA903 guidance.
 */

export const RNE_CODES = ['S', 'P', 'L', 'T', 'U', 'B'] as const;
/** RNE codes that start a new placement (rule 225: P, B, T, U); L changes legal status only. */
export const PLACEMENT_CHANGE_RNE = new Set(['P', 'B', 'T', 'U']);
export const LS_CODES = ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3'] as const;
export const CIN_CODES = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'] as const;
export const PLACE_PROVIDER_CODES = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'] as const;
export const REC_CODES = [
  'E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48',
  'E5', 'E6', 'E7', 'E8', 'E9', 'E14', 'E15', 'E16', 'E17', 'X1',
] as const;
export const REASON_PLACE_CHANGE_CODES = [
  'CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER',
] as const;
export const PL_LOCATION_CODES = ['IN', 'OUT'] as const;

/** What kind of place a PLACE code is, for stays and for carecap's settings. */
export type PlaceKind =
  | 'childrens-home' | 'secure' | 'semi-independent' | 'residential-school'
  | 'foster' | 'placed-with-parents' | 'adoption' | 'other';

/** PLACE codes by kind. K3 (supported accommodation, 2023/24 on) and its forerunners H5 and P2 are semi-independent. */
export const PLACE_KINDS: Record<string, PlaceKind> = {
  K2: 'childrens-home', R1: 'childrens-home', K1: 'secure', K3: 'semi-independent', H5: 'semi-independent',
  P2: 'semi-independent', S1: 'residential-school', U1: 'foster', U2: 'foster', U3: 'foster', U4: 'foster',
  U5: 'foster', U6: 'foster', P1: 'placed-with-parents', A3: 'adoption', A4: 'adoption', A5: 'adoption',
  A6: 'adoption', P3: 'other', R2: 'other', R3: 'other', R5: 'other', T0: 'other', T1: 'other', T2: 'other',
  T3: 'other', T4: 'other', Z11: 'other', Z12: 'other', Z13: 'other', Z14: 'other',
};
export const PLACE_CODES = Object.keys(PLACE_KINDS);

/** carecap's settings: residential (houses, homes, external), family-based, or outside the model. */
export type CarecapSetting = 'residential' | 'family' | 'other';

/** The carecap setting of a place kind: children's homes, secure, semi-independent and residential schools are residential. */
export function carecapSetting(kind: PlaceKind): CarecapSetting {
  if (kind === 'childrens-home' || kind === 'secure' || kind === 'semi-independent' || kind === 'residential-school') return 'residential';
  if (kind === 'foster' || kind === 'placed-with-parents' || kind === 'adoption') return 'family';
  return 'other';
}

/** Provider groups: PR1 own council, PR2 other council, PR3 other public, PR4 private, PR5 voluntary, PR0 parents. */
export const PROVIDER_NAMES: Record<string, string> = {
  PR0: 'parents', PR1: 'own council', PR2: 'other council', PR3: 'other public', PR4: 'private', PR5: 'voluntary',
};

/** How a placement change counts: unplanned (a breakdown in the usual sense), planned, or administrative. */
export const UNPLANNED_CHANGE = new Set(['CREQB', 'CREQO', 'CHILD', 'ALLEG', 'STAND']);

/** REC codes by carecap exit: return home (E4A, E4B, E13), SGO or child arrangements order (E41, E45-E48). */
export const RETURN_HOME_REC = new Set(['E4A', 'E4B', 'E13']);
export const SGO_REC = new Set(['E41', 'E45', 'E46', 'E47', 'E48']);
