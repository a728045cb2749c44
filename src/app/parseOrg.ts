/**
 * The one place the shell turns org file text into data: size limit, safe JSON parse, schema
 * and referential validation (`parseOrgText` of src/domain). Data is present only when the
 * file has no errors (or, with `drawBrokenReportingLines`, no errors but broken reporting
 * lines); warnings and those errors come along in `problems`.
 */
import { parseOrgText, type ParseOptions } from '../domain/parseOrgFile';
import type { Problem } from '../domain/problems';
import type { OrgData } from '../domain/types';

export interface ParseResult {
  data?: OrgData;
  problems: Problem[];
}

export const parseOrg = (text: string, options: ParseOptions = {}): ParseResult =>
  parseOrgText(text, options);
