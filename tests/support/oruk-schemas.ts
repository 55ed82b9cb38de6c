import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Validators for the Open Referral UK 3.0 schemas copied into tests/fixtures/oruk/ (CC BY-SA 4.0,
 * from OpenReferralUK/uk-profile). The schemas carry Frictionless Data keywords ("constraints",
 * "datapackage_type"...) that are not JSON Schema, so Ajv runs with strict mode off.
 */
const read = (file: string) => JSON.parse(readFileSync(`tests/fixtures/oruk/${file}`, 'utf8'));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));

const listItem = read('schema/service_list.json');
const page = read('schema/openapi.json').components.schemas.Page;
const pageFields = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];

export const validateService: ValidateFunction = ajv.compile(read('schema/service.json'));
export const validateListItem: ValidateFunction = ajv.compile(listItem);
export const validatePage: ValidateFunction = ajv.compile({
  allOf: [page, { type: 'object', required: [...pageFields, 'contents'], properties: { contents: { type: 'array', items: listItem } } }],
});

/** Ajv's errors as short lines, for a readable failure. */
export const errorsOf = (v: ValidateFunction) => (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
