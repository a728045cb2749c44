/**
 * The one place the shell turns org file text into data: size limit, safe JSON parse, schema
 * and referential validation (`parseOrgText` of src/domain). Data is present only when the
 * file has no errors; warnings come along in `problems`.
 */
import { parseOrgText } from '../domain/parseOrgFile';
import type { Problem } from '../domain/problems';
import type { OrgData } from '../domain/types';

export interface ParseResult {
  data?: OrgData;
  problems: Problem[];
}

export const parseOrg = (text: string): ParseResult => parseOrgText(text);
