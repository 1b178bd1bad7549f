import { z } from 'zod';

/**
 * What a house or home is for (issue 12; seed 004 §15-17): each purpose has
 * its own eligibility (a child is placed only where the purpose matches the
 * one their referral targets), its own stay and its own exits.
 *
 * - assessment: assessment beds outside the Hub;
 * - emergency: an emergency and assessment home (seed 004 §16, Jarvis House);
 * - shortBreaks: overnight short breaks for children living at home or in
 *   foster care (seed 004 §17, Elmslie House): respite episodes, not
 *   placements in care;
 * - parentChildAssessment: court-ordered parent-and-child assessment
 *   (seed 004 §15, Welland House: "ordered by the court for a period of assessment");
 * - longTerm: a home or house where children live (the default);
 * - stepDown: a place on the way to family-based care.
 */
export const PURPOSES = ['assessment', 'emergency', 'shortBreaks', 'parentChildAssessment', 'longTerm', 'stepDown'] as const;
export const PurposeSchema = z.enum(PURPOSES);
export type Purpose = z.output<typeof PurposeSchema>;

interface PurposeFields {
  purpose: Purpose;
  stayDays?: unknown;
  exits?: unknown;
}

/** Rules across a place's purpose fields: a stay needs somewhere to go after it, except a short break (the child goes home). */
export function purposeProblems(place: PurposeFields): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (place.stayDays !== undefined && place.exits === undefined && place.purpose !== 'shortBreaks') {
    out.push({ field: 'exits', message: 'required with stayDays: where children go when the stay ends' });
  }
  if (place.purpose === 'shortBreaks' && place.stayDays === undefined) {
    out.push({ field: 'stayDays', message: 'required for short breaks: the length of an episode' });
  }
  return out;
}
