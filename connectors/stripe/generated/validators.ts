// Generated from connectors/stripe by `pnpm codegen --write`. Do not edit.
// @ts-nocheck
export interface GeneratedValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export type GeneratedValidator = ((data: unknown) => boolean) & { errors?: GeneratedValidatorError[] | null };
import ajvRuntime_ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
const ajvRuntime_ucs2length = (ajvRuntime_ucs2lengthModule as { default?: unknown }).default ?? ajvRuntime_ucs2lengthModule;
/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateConfirmPaymentIntent: GeneratedValidator = validate10;
const schema11 = {"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1},"payment_method":{"type":"string"},"confirmation_token":{"type":"string"},"return_url":{"type":"string"},"receipt_email":{"type":"string","maxLength":800},"capture_method":{"type":"string","enum":["automatic","automatic_async","manual"]},"setup_future_usage":{"anyOf":[{"type":"string","enum":["off_session","on_session"]},{"type":"string","const":""}]},"off_session":{"oneOf":[{"type":"boolean"},{"type":"string","enum":["one_off","recurring"]}]},"error_on_requires_action":{"type":"boolean"},"mandate":{"type":"string"},"shipping":{"oneOf":[{"type":"object","additionalProperties":false,"required":["name","address"],"properties":{"name":{"type":"string"},"phone":{"type":"string"},"address":{"type":"object","additionalProperties":false,"properties":{"line1":{"type":"string"},"line2":{"type":"string"},"city":{"type":"string"},"state":{"type":"string"},"postal_code":{"type":"string"},"country":{"type":"string"}}},"carrier":{"type":"string"},"tracking_number":{"type":"string"}}},{"type":"string","const":""}]},"expand":{"type":"array","items":{"type":"string","minLength":1}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ajvRuntime_ucs2length;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.payment_method !== undefined){
if(typeof data.payment_method !== "string"){
const err4 = {instancePath:instancePath+"/payment_method",schemaPath:"#/properties/payment_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.confirmation_token !== undefined){
if(typeof data.confirmation_token !== "string"){
const err5 = {instancePath:instancePath+"/confirmation_token",schemaPath:"#/properties/confirmation_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.return_url !== undefined){
if(typeof data.return_url !== "string"){
const err6 = {instancePath:instancePath+"/return_url",schemaPath:"#/properties/return_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.receipt_email !== undefined){
let data4 = data.receipt_email;
if(typeof data4 === "string"){
if(func3(data4) > 800){
const err7 = {instancePath:instancePath+"/receipt_email",schemaPath:"#/properties/receipt_email/maxLength",keyword:"maxLength",params:{limit: 800},message:"must NOT have more than 800 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/receipt_email",schemaPath:"#/properties/receipt_email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.capture_method !== undefined){
let data5 = data.capture_method;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/capture_method",schemaPath:"#/properties/capture_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data5 === "automatic") || (data5 === "automatic_async")) || (data5 === "manual"))){
const err10 = {instancePath:instancePath+"/capture_method",schemaPath:"#/properties/capture_method/enum",keyword:"enum",params:{allowedValues: schema11.properties.capture_method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.setup_future_usage !== undefined){
let data6 = data.setup_future_usage;
const _errs15 = errors;
let valid1 = false;
const _errs16 = errors;
if(typeof data6 !== "string"){
const err11 = {instancePath:instancePath+"/setup_future_usage",schemaPath:"#/properties/setup_future_usage/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data6 === "off_session") || (data6 === "on_session"))){
const err12 = {instancePath:instancePath+"/setup_future_usage",schemaPath:"#/properties/setup_future_usage/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.setup_future_usage.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/setup_future_usage",schemaPath:"#/properties/setup_future_usage/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if("" !== data6){
const err14 = {instancePath:instancePath+"/setup_future_usage",schemaPath:"#/properties/setup_future_usage/anyOf/1/const",keyword:"const",params:{allowedValue: ""},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err15 = {instancePath:instancePath+"/setup_future_usage",schemaPath:"#/properties/setup_future_usage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.off_session !== undefined){
let data7 = data.off_session;
const _errs21 = errors;
let valid2 = false;
let passing0 = null;
const _errs22 = errors;
if(typeof data7 !== "boolean"){
const err16 = {instancePath:instancePath+"/off_session",schemaPath:"#/properties/off_session/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs22 === errors;
if(_valid1){
valid2 = true;
passing0 = 0;
}
const _errs24 = errors;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/off_session",schemaPath:"#/properties/off_session/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((data7 === "one_off") || (data7 === "recurring"))){
const err18 = {instancePath:instancePath+"/off_session",schemaPath:"#/properties/off_session/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.off_session.oneOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs24 === errors;
if(_valid1 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err19 = {instancePath:instancePath+"/off_session",schemaPath:"#/properties/off_session/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.error_on_requires_action !== undefined){
if(typeof data.error_on_requires_action !== "boolean"){
const err20 = {instancePath:instancePath+"/error_on_requires_action",schemaPath:"#/properties/error_on_requires_action/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.mandate !== undefined){
if(typeof data.mandate !== "string"){
const err21 = {instancePath:instancePath+"/mandate",schemaPath:"#/properties/mandate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.shipping !== undefined){
let data10 = data.shipping;
const _errs31 = errors;
let valid3 = false;
let passing1 = null;
const _errs32 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err22 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/0/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data10.address === undefined){
const err23 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/0/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data10){
if(!(((((key1 === "name") || (key1 === "phone")) || (key1 === "address")) || (key1 === "carrier")) || (key1 === "tracking_number"))){
const err24 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.name !== undefined){
if(typeof data10.name !== "string"){
const err25 = {instancePath:instancePath+"/shipping/name",schemaPath:"#/properties/shipping/oneOf/0/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.phone !== undefined){
if(typeof data10.phone !== "string"){
const err26 = {instancePath:instancePath+"/shipping/phone",schemaPath:"#/properties/shipping/oneOf/0/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.address !== undefined){
let data13 = data10.address;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
if(!((((((key2 === "line1") || (key2 === "line2")) || (key2 === "city")) || (key2 === "state")) || (key2 === "postal_code")) || (key2 === "country"))){
const err27 = {instancePath:instancePath+"/shipping/address",schemaPath:"#/properties/shipping/oneOf/0/properties/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data13.line1 !== undefined){
if(typeof data13.line1 !== "string"){
const err28 = {instancePath:instancePath+"/shipping/address/line1",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data13.line2 !== undefined){
if(typeof data13.line2 !== "string"){
const err29 = {instancePath:instancePath+"/shipping/address/line2",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.city !== undefined){
if(typeof data13.city !== "string"){
const err30 = {instancePath:instancePath+"/shipping/address/city",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.state !== undefined){
if(typeof data13.state !== "string"){
const err31 = {instancePath:instancePath+"/shipping/address/state",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data13.postal_code !== undefined){
if(typeof data13.postal_code !== "string"){
const err32 = {instancePath:instancePath+"/shipping/address/postal_code",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data13.country !== undefined){
if(typeof data13.country !== "string"){
const err33 = {instancePath:instancePath+"/shipping/address/country",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/shipping/address",schemaPath:"#/properties/shipping/oneOf/0/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.carrier !== undefined){
if(typeof data10.carrier !== "string"){
const err35 = {instancePath:instancePath+"/shipping/carrier",schemaPath:"#/properties/shipping/oneOf/0/properties/carrier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.tracking_number !== undefined){
if(typeof data10.tracking_number !== "string"){
const err36 = {instancePath:instancePath+"/shipping/tracking_number",schemaPath:"#/properties/shipping/oneOf/0/properties/tracking_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid2 = _errs32 === errors;
if(_valid2){
valid3 = true;
passing1 = 0;
}
const _errs58 = errors;
if(typeof data10 !== "string"){
const err38 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if("" !== data10){
const err39 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/1/const",keyword:"const",params:{allowedValue: ""},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid2 = _errs58 === errors;
if(_valid2 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err40 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
if(data.expand !== undefined){
let data22 = data.expand;
if(Array.isArray(data22)){
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
let data23 = data22[i0];
if(typeof data23 === "string"){
if(func3(data23) < 1){
const err41 = {instancePath:instancePath+"/expand/" + i0,schemaPath:"#/properties/expand/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/expand/" + i0,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateCreateCheckoutSession: GeneratedValidator = validate11;
const schema12 = {"type":"object","additionalProperties":false,"properties":{"mode":{"type":"string","enum":["payment","subscription","setup"]},"success_url":{"type":"string"},"cancel_url":{"type":"string"},"return_url":{"type":"string"},"ui_mode":{"type":"string","enum":["hosted_page","embedded_page","elements"]},"customer":{"type":"string"},"customer_email":{"type":"string"},"customer_creation":{"type":"string","enum":["always","if_required"]},"client_reference_id":{"type":"string","maxLength":200},"line_items":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"price":{"type":"string"},"price_data":{"type":"object","additionalProperties":false,"required":["currency"],"properties":{"currency":{"type":"string","pattern":"^[A-Za-z]{3}$"},"unit_amount":{"type":"integer","minimum":0},"product":{"type":"string"},"product_data":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"description":{"type":"string"},"images":{"type":"array","items":{"type":"string","minLength":1},"maxItems":8},"metadata":{"type":"object","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500}}}},"recurring":{"type":"object","additionalProperties":false,"required":["interval"],"properties":{"interval":{"type":"string","enum":["day","week","month","year"]},"interval_count":{"type":"integer","minimum":1}}},"tax_behavior":{"type":"string","enum":["inclusive","exclusive","unspecified"]}}},"quantity":{"type":"integer","minimum":0},"tax_rates":{"type":"array","items":{"type":"string","minLength":1}},"metadata":{"type":"object","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500}}}}},"currency":{"type":"string","pattern":"^[A-Za-z]{3}$"},"payment_method_types":{"type":"array","items":{"type":"string","minLength":1}},"allowed_payment_method_types":{"type":"array","items":{"type":"string","minLength":1}},"excluded_payment_method_types":{"type":"array","items":{"type":"string","minLength":1}},"allow_promotion_codes":{"type":"boolean"},"discounts":{"type":"array","maxItems":1,"items":{"type":"object","additionalProperties":false,"properties":{"coupon":{"type":"string"},"promotion_code":{"type":"string"}}}},"billing_address_collection":{"type":"string","enum":["auto","required"]},"locale":{"type":"string"},"submit_type":{"type":"string","enum":["auto","pay","book","donate","subscribe"]},"expires_at":{"type":"integer"},"payment_intent_data":{"type":"object","additionalProperties":false,"properties":{"capture_method":{"type":"string","enum":["automatic","automatic_async","manual"]},"description":{"type":"string"},"receipt_email":{"type":"string"},"setup_future_usage":{"type":"string","enum":["off_session","on_session"]},"statement_descriptor":{"type":"string","maxLength":22},"statement_descriptor_suffix":{"type":"string","maxLength":22},"metadata":{"type":"object","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500}}}},"subscription_data":{"type":"object","additionalProperties":false,"properties":{"description":{"type":"string"},"trial_period_days":{"type":"integer","minimum":1},"metadata":{"type":"object","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500}}}},"metadata":{"type":"object","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500}},"expand":{"type":"array","items":{"type":"string","minLength":1}}}};
const pattern0 = new RegExp("^[A-Za-z]{3}$", "u");
const pattern1 = new RegExp("^[^\\[\\]]*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "payment") || (data0 === "subscription")) || (data0 === "setup"))){
const err2 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema12.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.success_url !== undefined){
if(typeof data.success_url !== "string"){
const err3 = {instancePath:instancePath+"/success_url",schemaPath:"#/properties/success_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cancel_url !== undefined){
if(typeof data.cancel_url !== "string"){
const err4 = {instancePath:instancePath+"/cancel_url",schemaPath:"#/properties/cancel_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.return_url !== undefined){
if(typeof data.return_url !== "string"){
const err5 = {instancePath:instancePath+"/return_url",schemaPath:"#/properties/return_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ui_mode !== undefined){
let data4 = data.ui_mode;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/ui_mode",schemaPath:"#/properties/ui_mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data4 === "hosted_page") || (data4 === "embedded_page")) || (data4 === "elements"))){
const err7 = {instancePath:instancePath+"/ui_mode",schemaPath:"#/properties/ui_mode/enum",keyword:"enum",params:{allowedValues: schema12.properties.ui_mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.customer !== undefined){
if(typeof data.customer !== "string"){
const err8 = {instancePath:instancePath+"/customer",schemaPath:"#/properties/customer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.customer_email !== undefined){
if(typeof data.customer_email !== "string"){
const err9 = {instancePath:instancePath+"/customer_email",schemaPath:"#/properties/customer_email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.customer_creation !== undefined){
let data7 = data.customer_creation;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/customer_creation",schemaPath:"#/properties/customer_creation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data7 === "always") || (data7 === "if_required"))){
const err11 = {instancePath:instancePath+"/customer_creation",schemaPath:"#/properties/customer_creation/enum",keyword:"enum",params:{allowedValues: schema12.properties.customer_creation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.client_reference_id !== undefined){
let data8 = data.client_reference_id;
if(typeof data8 === "string"){
if(func3(data8) > 200){
const err12 = {instancePath:instancePath+"/client_reference_id",schemaPath:"#/properties/client_reference_id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/client_reference_id",schemaPath:"#/properties/client_reference_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.line_items !== undefined){
let data9 = data.line_items;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
if(!(((((key1 === "price") || (key1 === "price_data")) || (key1 === "quantity")) || (key1 === "tax_rates")) || (key1 === "metadata"))){
const err14 = {instancePath:instancePath+"/line_items/" + i0,schemaPath:"#/properties/line_items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data10.price !== undefined){
if(typeof data10.price !== "string"){
const err15 = {instancePath:instancePath+"/line_items/" + i0+"/price",schemaPath:"#/properties/line_items/items/properties/price/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data10.price_data !== undefined){
let data12 = data10.price_data;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.currency === undefined){
const err16 = {instancePath:instancePath+"/line_items/" + i0+"/price_data",schemaPath:"#/properties/line_items/items/properties/price_data/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data12){
if(!((((((key2 === "currency") || (key2 === "unit_amount")) || (key2 === "product")) || (key2 === "product_data")) || (key2 === "recurring")) || (key2 === "tax_behavior"))){
const err17 = {instancePath:instancePath+"/line_items/" + i0+"/price_data",schemaPath:"#/properties/line_items/items/properties/price_data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data12.currency !== undefined){
let data13 = data12.currency;
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err18 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/currency",schemaPath:"#/properties/line_items/items/properties/price_data/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3}$"},message:"must match pattern \""+"^[A-Za-z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/currency",schemaPath:"#/properties/line_items/items/properties/price_data/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data12.unit_amount !== undefined){
let data14 = data12.unit_amount;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err20 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/unit_amount",schemaPath:"#/properties/line_items/items/properties/price_data/properties/unit_amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err21 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/unit_amount",schemaPath:"#/properties/line_items/items/properties/price_data/properties/unit_amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data12.product !== undefined){
if(typeof data12.product !== "string"){
const err22 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data12.product_data !== undefined){
let data16 = data12.product_data;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.name === undefined){
const err23 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data16){
if(!((((key3 === "name") || (key3 === "description")) || (key3 === "images")) || (key3 === "metadata"))){
const err24 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data16.name !== undefined){
let data17 = data16.name;
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err25 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/name",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/name",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data16.description !== undefined){
if(typeof data16.description !== "string"){
const err27 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/description",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data16.images !== undefined){
let data19 = data16.images;
if(Array.isArray(data19)){
if(data19.length > 8){
const err28 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/images",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/images/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
let data20 = data19[i1];
if(typeof data20 === "string"){
if(func3(data20) < 1){
const err29 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/images/" + i1,schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/images/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/images/" + i1,schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/images",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.metadata !== undefined){
let data21 = data16.metadata;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(Object.keys(data21).length > 50){
const err32 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/metadata",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key4 in data21){
const _errs49 = errors;
if(typeof key4 === "string"){
if(func3(key4) > 40){
const err33 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/metadata",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/metadata/propertyNames/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",propertyName:key4};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern1.test(key4)){
const err34 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/metadata",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/metadata/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\[\\]]*$"},message:"must match pattern \""+"^[^\\[\\]]*$"+"\"",propertyName:key4};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var valid8 = _errs49 === errors;
if(!valid8){
const err35 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/metadata",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
for(const key5 in data21){
let data22 = data21[key5];
if(typeof data22 === "string"){
if(func3(data22) > 500){
const err36 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/metadata/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/metadata/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data/metadata",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/product_data",schemaPath:"#/properties/line_items/items/properties/price_data/properties/product_data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data12.recurring !== undefined){
let data23 = data12.recurring;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.interval === undefined){
const err40 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/recurring",schemaPath:"#/properties/line_items/items/properties/price_data/properties/recurring/required",keyword:"required",params:{missingProperty: "interval"},message:"must have required property '"+"interval"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key6 in data23){
if(!((key6 === "interval") || (key6 === "interval_count"))){
const err41 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/recurring",schemaPath:"#/properties/line_items/items/properties/price_data/properties/recurring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data23.interval !== undefined){
let data24 = data23.interval;
if(typeof data24 !== "string"){
const err42 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/recurring/interval",schemaPath:"#/properties/line_items/items/properties/price_data/properties/recurring/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!((((data24 === "day") || (data24 === "week")) || (data24 === "month")) || (data24 === "year"))){
const err43 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/recurring/interval",schemaPath:"#/properties/line_items/items/properties/price_data/properties/recurring/properties/interval/enum",keyword:"enum",params:{allowedValues: schema12.properties.line_items.items.properties.price_data.properties.recurring.properties.interval.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data23.interval_count !== undefined){
let data25 = data23.interval_count;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err44 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/recurring/interval_count",schemaPath:"#/properties/line_items/items/properties/price_data/properties/recurring/properties/interval_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 1 || isNaN(data25)){
const err45 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/recurring/interval_count",schemaPath:"#/properties/line_items/items/properties/price_data/properties/recurring/properties/interval_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
}
else {
const err46 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/recurring",schemaPath:"#/properties/line_items/items/properties/price_data/properties/recurring/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.tax_behavior !== undefined){
let data26 = data12.tax_behavior;
if(typeof data26 !== "string"){
const err47 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/tax_behavior",schemaPath:"#/properties/line_items/items/properties/price_data/properties/tax_behavior/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(((data26 === "inclusive") || (data26 === "exclusive")) || (data26 === "unspecified"))){
const err48 = {instancePath:instancePath+"/line_items/" + i0+"/price_data/tax_behavior",schemaPath:"#/properties/line_items/items/properties/price_data/properties/tax_behavior/enum",keyword:"enum",params:{allowedValues: schema12.properties.line_items.items.properties.price_data.properties.tax_behavior.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/line_items/" + i0+"/price_data",schemaPath:"#/properties/line_items/items/properties/price_data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data10.quantity !== undefined){
let data27 = data10.quantity;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err50 = {instancePath:instancePath+"/line_items/" + i0+"/quantity",schemaPath:"#/properties/line_items/items/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err51 = {instancePath:instancePath+"/line_items/" + i0+"/quantity",schemaPath:"#/properties/line_items/items/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data10.tax_rates !== undefined){
let data28 = data10.tax_rates;
if(Array.isArray(data28)){
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
let data29 = data28[i2];
if(typeof data29 === "string"){
if(func3(data29) < 1){
const err52 = {instancePath:instancePath+"/line_items/" + i0+"/tax_rates/" + i2,schemaPath:"#/properties/line_items/items/properties/tax_rates/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/line_items/" + i0+"/tax_rates/" + i2,schemaPath:"#/properties/line_items/items/properties/tax_rates/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/line_items/" + i0+"/tax_rates",schemaPath:"#/properties/line_items/items/properties/tax_rates/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data10.metadata !== undefined){
let data30 = data10.metadata;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(Object.keys(data30).length > 50){
const err55 = {instancePath:instancePath+"/line_items/" + i0+"/metadata",schemaPath:"#/properties/line_items/items/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key7 in data30){
const _errs70 = errors;
if(typeof key7 === "string"){
if(func3(key7) > 40){
const err56 = {instancePath:instancePath+"/line_items/" + i0+"/metadata",schemaPath:"#/properties/line_items/items/properties/metadata/propertyNames/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",propertyName:key7};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!pattern1.test(key7)){
const err57 = {instancePath:instancePath+"/line_items/" + i0+"/metadata",schemaPath:"#/properties/line_items/items/properties/metadata/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\[\\]]*$"},message:"must match pattern \""+"^[^\\[\\]]*$"+"\"",propertyName:key7};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
var valid13 = _errs70 === errors;
if(!valid13){
const err58 = {instancePath:instancePath+"/line_items/" + i0+"/metadata",schemaPath:"#/properties/line_items/items/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
for(const key8 in data30){
let data31 = data30[key8];
if(typeof data31 === "string"){
if(func3(data31) > 500){
const err59 = {instancePath:instancePath+"/line_items/" + i0+"/metadata/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/line_items/items/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/line_items/" + i0+"/metadata/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/line_items/items/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/line_items/" + i0+"/metadata",schemaPath:"#/properties/line_items/items/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/line_items/" + i0,schemaPath:"#/properties/line_items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/line_items",schemaPath:"#/properties/line_items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.currency !== undefined){
let data32 = data.currency;
if(typeof data32 === "string"){
if(!pattern0.test(data32)){
const err64 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3}$"},message:"must match pattern \""+"^[A-Za-z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.payment_method_types !== undefined){
let data33 = data.payment_method_types;
if(Array.isArray(data33)){
const len3 = data33.length;
for(let i3=0; i3<len3; i3++){
let data34 = data33[i3];
if(typeof data34 === "string"){
if(func3(data34) < 1){
const err66 = {instancePath:instancePath+"/payment_method_types/" + i3,schemaPath:"#/properties/payment_method_types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/payment_method_types/" + i3,schemaPath:"#/properties/payment_method_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/payment_method_types",schemaPath:"#/properties/payment_method_types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.allowed_payment_method_types !== undefined){
let data35 = data.allowed_payment_method_types;
if(Array.isArray(data35)){
const len4 = data35.length;
for(let i4=0; i4<len4; i4++){
let data36 = data35[i4];
if(typeof data36 === "string"){
if(func3(data36) < 1){
const err69 = {instancePath:instancePath+"/allowed_payment_method_types/" + i4,schemaPath:"#/properties/allowed_payment_method_types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/allowed_payment_method_types/" + i4,schemaPath:"#/properties/allowed_payment_method_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/allowed_payment_method_types",schemaPath:"#/properties/allowed_payment_method_types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.excluded_payment_method_types !== undefined){
let data37 = data.excluded_payment_method_types;
if(Array.isArray(data37)){
const len5 = data37.length;
for(let i5=0; i5<len5; i5++){
let data38 = data37[i5];
if(typeof data38 === "string"){
if(func3(data38) < 1){
const err72 = {instancePath:instancePath+"/excluded_payment_method_types/" + i5,schemaPath:"#/properties/excluded_payment_method_types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/excluded_payment_method_types/" + i5,schemaPath:"#/properties/excluded_payment_method_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/excluded_payment_method_types",schemaPath:"#/properties/excluded_payment_method_types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.allow_promotion_codes !== undefined){
if(typeof data.allow_promotion_codes !== "boolean"){
const err75 = {instancePath:instancePath+"/allow_promotion_codes",schemaPath:"#/properties/allow_promotion_codes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.discounts !== undefined){
let data40 = data.discounts;
if(Array.isArray(data40)){
if(data40.length > 1){
const err76 = {instancePath:instancePath+"/discounts",schemaPath:"#/properties/discounts/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
const len6 = data40.length;
for(let i6=0; i6<len6; i6++){
let data41 = data40[i6];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key9 in data41){
if(!((key9 === "coupon") || (key9 === "promotion_code"))){
const err77 = {instancePath:instancePath+"/discounts/" + i6,schemaPath:"#/properties/discounts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data41.coupon !== undefined){
if(typeof data41.coupon !== "string"){
const err78 = {instancePath:instancePath+"/discounts/" + i6+"/coupon",schemaPath:"#/properties/discounts/items/properties/coupon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data41.promotion_code !== undefined){
if(typeof data41.promotion_code !== "string"){
const err79 = {instancePath:instancePath+"/discounts/" + i6+"/promotion_code",schemaPath:"#/properties/discounts/items/properties/promotion_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/discounts/" + i6,schemaPath:"#/properties/discounts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/discounts",schemaPath:"#/properties/discounts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.billing_address_collection !== undefined){
let data44 = data.billing_address_collection;
if(typeof data44 !== "string"){
const err82 = {instancePath:instancePath+"/billing_address_collection",schemaPath:"#/properties/billing_address_collection/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(!((data44 === "auto") || (data44 === "required"))){
const err83 = {instancePath:instancePath+"/billing_address_collection",schemaPath:"#/properties/billing_address_collection/enum",keyword:"enum",params:{allowedValues: schema12.properties.billing_address_collection.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.locale !== undefined){
if(typeof data.locale !== "string"){
const err84 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.submit_type !== undefined){
let data46 = data.submit_type;
if(typeof data46 !== "string"){
const err85 = {instancePath:instancePath+"/submit_type",schemaPath:"#/properties/submit_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!(((((data46 === "auto") || (data46 === "pay")) || (data46 === "book")) || (data46 === "donate")) || (data46 === "subscribe"))){
const err86 = {instancePath:instancePath+"/submit_type",schemaPath:"#/properties/submit_type/enum",keyword:"enum",params:{allowedValues: schema12.properties.submit_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.expires_at !== undefined){
let data47 = data.expires_at;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err87 = {instancePath:instancePath+"/expires_at",schemaPath:"#/properties/expires_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.payment_intent_data !== undefined){
let data48 = data.payment_intent_data;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key10 in data48){
if(!(((((((key10 === "capture_method") || (key10 === "description")) || (key10 === "receipt_email")) || (key10 === "setup_future_usage")) || (key10 === "statement_descriptor")) || (key10 === "statement_descriptor_suffix")) || (key10 === "metadata"))){
const err88 = {instancePath:instancePath+"/payment_intent_data",schemaPath:"#/properties/payment_intent_data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data48.capture_method !== undefined){
let data49 = data48.capture_method;
if(typeof data49 !== "string"){
const err89 = {instancePath:instancePath+"/payment_intent_data/capture_method",schemaPath:"#/properties/payment_intent_data/properties/capture_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(!(((data49 === "automatic") || (data49 === "automatic_async")) || (data49 === "manual"))){
const err90 = {instancePath:instancePath+"/payment_intent_data/capture_method",schemaPath:"#/properties/payment_intent_data/properties/capture_method/enum",keyword:"enum",params:{allowedValues: schema12.properties.payment_intent_data.properties.capture_method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data48.description !== undefined){
if(typeof data48.description !== "string"){
const err91 = {instancePath:instancePath+"/payment_intent_data/description",schemaPath:"#/properties/payment_intent_data/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data48.receipt_email !== undefined){
if(typeof data48.receipt_email !== "string"){
const err92 = {instancePath:instancePath+"/payment_intent_data/receipt_email",schemaPath:"#/properties/payment_intent_data/properties/receipt_email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data48.setup_future_usage !== undefined){
let data52 = data48.setup_future_usage;
if(typeof data52 !== "string"){
const err93 = {instancePath:instancePath+"/payment_intent_data/setup_future_usage",schemaPath:"#/properties/payment_intent_data/properties/setup_future_usage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(!((data52 === "off_session") || (data52 === "on_session"))){
const err94 = {instancePath:instancePath+"/payment_intent_data/setup_future_usage",schemaPath:"#/properties/payment_intent_data/properties/setup_future_usage/enum",keyword:"enum",params:{allowedValues: schema12.properties.payment_intent_data.properties.setup_future_usage.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data48.statement_descriptor !== undefined){
let data53 = data48.statement_descriptor;
if(typeof data53 === "string"){
if(func3(data53) > 22){
const err95 = {instancePath:instancePath+"/payment_intent_data/statement_descriptor",schemaPath:"#/properties/payment_intent_data/properties/statement_descriptor/maxLength",keyword:"maxLength",params:{limit: 22},message:"must NOT have more than 22 characters"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/payment_intent_data/statement_descriptor",schemaPath:"#/properties/payment_intent_data/properties/statement_descriptor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data48.statement_descriptor_suffix !== undefined){
let data54 = data48.statement_descriptor_suffix;
if(typeof data54 === "string"){
if(func3(data54) > 22){
const err97 = {instancePath:instancePath+"/payment_intent_data/statement_descriptor_suffix",schemaPath:"#/properties/payment_intent_data/properties/statement_descriptor_suffix/maxLength",keyword:"maxLength",params:{limit: 22},message:"must NOT have more than 22 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/payment_intent_data/statement_descriptor_suffix",schemaPath:"#/properties/payment_intent_data/properties/statement_descriptor_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data48.metadata !== undefined){
let data55 = data48.metadata;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(Object.keys(data55).length > 50){
const err99 = {instancePath:instancePath+"/payment_intent_data/metadata",schemaPath:"#/properties/payment_intent_data/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key11 in data55){
const _errs124 = errors;
if(typeof key11 === "string"){
if(func3(key11) > 40){
const err100 = {instancePath:instancePath+"/payment_intent_data/metadata",schemaPath:"#/properties/payment_intent_data/properties/metadata/propertyNames/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",propertyName:key11};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(!pattern1.test(key11)){
const err101 = {instancePath:instancePath+"/payment_intent_data/metadata",schemaPath:"#/properties/payment_intent_data/properties/metadata/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\[\\]]*$"},message:"must match pattern \""+"^[^\\[\\]]*$"+"\"",propertyName:key11};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
var valid25 = _errs124 === errors;
if(!valid25){
const err102 = {instancePath:instancePath+"/payment_intent_data/metadata",schemaPath:"#/properties/payment_intent_data/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
for(const key12 in data55){
let data56 = data55[key12];
if(typeof data56 === "string"){
if(func3(data56) > 500){
const err103 = {instancePath:instancePath+"/payment_intent_data/metadata/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/payment_intent_data/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/payment_intent_data/metadata/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/payment_intent_data/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/payment_intent_data/metadata",schemaPath:"#/properties/payment_intent_data/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/payment_intent_data",schemaPath:"#/properties/payment_intent_data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.subscription_data !== undefined){
let data57 = data.subscription_data;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
for(const key13 in data57){
if(!(((key13 === "description") || (key13 === "trial_period_days")) || (key13 === "metadata"))){
const err107 = {instancePath:instancePath+"/subscription_data",schemaPath:"#/properties/subscription_data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data57.description !== undefined){
if(typeof data57.description !== "string"){
const err108 = {instancePath:instancePath+"/subscription_data/description",schemaPath:"#/properties/subscription_data/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data57.trial_period_days !== undefined){
let data59 = data57.trial_period_days;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err109 = {instancePath:instancePath+"/subscription_data/trial_period_days",schemaPath:"#/properties/subscription_data/properties/trial_period_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 1 || isNaN(data59)){
const err110 = {instancePath:instancePath+"/subscription_data/trial_period_days",schemaPath:"#/properties/subscription_data/properties/trial_period_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
if(data57.metadata !== undefined){
let data60 = data57.metadata;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(Object.keys(data60).length > 50){
const err111 = {instancePath:instancePath+"/subscription_data/metadata",schemaPath:"#/properties/subscription_data/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key14 in data60){
const _errs137 = errors;
if(typeof key14 === "string"){
if(func3(key14) > 40){
const err112 = {instancePath:instancePath+"/subscription_data/metadata",schemaPath:"#/properties/subscription_data/properties/metadata/propertyNames/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",propertyName:key14};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!pattern1.test(key14)){
const err113 = {instancePath:instancePath+"/subscription_data/metadata",schemaPath:"#/properties/subscription_data/properties/metadata/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\[\\]]*$"},message:"must match pattern \""+"^[^\\[\\]]*$"+"\"",propertyName:key14};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
var valid28 = _errs137 === errors;
if(!valid28){
const err114 = {instancePath:instancePath+"/subscription_data/metadata",schemaPath:"#/properties/subscription_data/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
for(const key15 in data60){
let data61 = data60[key15];
if(typeof data61 === "string"){
if(func3(data61) > 500){
const err115 = {instancePath:instancePath+"/subscription_data/metadata/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/subscription_data/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/subscription_data/metadata/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/subscription_data/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/subscription_data/metadata",schemaPath:"#/properties/subscription_data/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/subscription_data",schemaPath:"#/properties/subscription_data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.metadata !== undefined){
let data62 = data.metadata;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(Object.keys(data62).length > 50){
const err119 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
for(const key16 in data62){
const _errs143 = errors;
if(typeof key16 === "string"){
if(func3(key16) > 40){
const err120 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",propertyName:key16};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(!pattern1.test(key16)){
const err121 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\[\\]]*$"},message:"must match pattern \""+"^[^\\[\\]]*$"+"\"",propertyName:key16};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
var valid30 = _errs143 === errors;
if(!valid30){
const err122 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key16},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
for(const key17 in data62){
let data63 = data62[key17];
if(typeof data63 === "string"){
if(func3(data63) > 500){
const err123 = {instancePath:instancePath+"/metadata/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/metadata/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.expand !== undefined){
let data64 = data.expand;
if(Array.isArray(data64)){
const len7 = data64.length;
for(let i7=0; i7<len7; i7++){
let data65 = data64[i7];
if(typeof data65 === "string"){
if(func3(data65) < 1){
const err126 = {instancePath:instancePath+"/expand/" + i7,schemaPath:"#/properties/expand/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/expand/" + i7,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateCreateCustomer: GeneratedValidator = validate12;
const schema13 = {"type":"object","additionalProperties":false,"properties":{"email":{"type":"string","maxLength":512},"name":{"type":"string","maxLength":256},"phone":{"type":"string"},"description":{"type":"string"},"address":{"type":"object","additionalProperties":false,"properties":{"line1":{"type":"string"},"line2":{"type":"string"},"city":{"type":"string"},"state":{"type":"string"},"postal_code":{"type":"string"},"country":{"type":"string"}}},"shipping":{"type":"object","additionalProperties":false,"required":["name","address"],"properties":{"name":{"type":"string"},"phone":{"type":"string"},"address":{"type":"object","additionalProperties":false,"properties":{"line1":{"type":"string"},"line2":{"type":"string"},"city":{"type":"string"},"state":{"type":"string"},"postal_code":{"type":"string"},"country":{"type":"string"}}}}},"metadata":{"type":"object","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500}},"payment_method":{"type":"string"},"invoice_settings":{"type":"object","additionalProperties":false,"properties":{"default_payment_method":{"type":"string"},"footer":{"type":"string"},"custom_fields":{"type":"array","maxItems":4,"items":{"type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"type":"string","maxLength":40},"value":{"type":"string","maxLength":140}}}}}},"preferred_locales":{"type":"array","items":{"type":"string","minLength":1}},"tax_exempt":{"type":"string","enum":["none","exempt","reverse"]},"balance":{"type":"integer"},"invoice_prefix":{"type":"string","pattern":"^[A-Z0-9]{1,12}$"},"test_clock":{"type":"string"},"expand":{"type":"array","items":{"type":"string","minLength":1}}}};
const pattern8 = new RegExp("^[A-Z0-9]{1,12}$", "u");

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema13.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(func3(data0) > 512){
const err1 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) > 256){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.phone !== undefined){
if(typeof data.phone !== "string"){
const err5 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.address !== undefined){
let data4 = data.address;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((((((key1 === "line1") || (key1 === "line2")) || (key1 === "city")) || (key1 === "state")) || (key1 === "postal_code")) || (key1 === "country"))){
const err7 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.line1 !== undefined){
if(typeof data4.line1 !== "string"){
const err8 = {instancePath:instancePath+"/address/line1",schemaPath:"#/properties/address/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.line2 !== undefined){
if(typeof data4.line2 !== "string"){
const err9 = {instancePath:instancePath+"/address/line2",schemaPath:"#/properties/address/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.city !== undefined){
if(typeof data4.city !== "string"){
const err10 = {instancePath:instancePath+"/address/city",schemaPath:"#/properties/address/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.state !== undefined){
if(typeof data4.state !== "string"){
const err11 = {instancePath:instancePath+"/address/state",schemaPath:"#/properties/address/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.postal_code !== undefined){
if(typeof data4.postal_code !== "string"){
const err12 = {instancePath:instancePath+"/address/postal_code",schemaPath:"#/properties/address/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.country !== undefined){
if(typeof data4.country !== "string"){
const err13 = {instancePath:instancePath+"/address/country",schemaPath:"#/properties/address/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.shipping !== undefined){
let data11 = data.shipping;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.name === undefined){
const err15 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data11.address === undefined){
const err16 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data11){
if(!(((key2 === "name") || (key2 === "phone")) || (key2 === "address"))){
const err17 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.name !== undefined){
if(typeof data11.name !== "string"){
const err18 = {instancePath:instancePath+"/shipping/name",schemaPath:"#/properties/shipping/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data11.phone !== undefined){
if(typeof data11.phone !== "string"){
const err19 = {instancePath:instancePath+"/shipping/phone",schemaPath:"#/properties/shipping/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data11.address !== undefined){
let data14 = data11.address;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
if(!((((((key3 === "line1") || (key3 === "line2")) || (key3 === "city")) || (key3 === "state")) || (key3 === "postal_code")) || (key3 === "country"))){
const err20 = {instancePath:instancePath+"/shipping/address",schemaPath:"#/properties/shipping/properties/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data14.line1 !== undefined){
if(typeof data14.line1 !== "string"){
const err21 = {instancePath:instancePath+"/shipping/address/line1",schemaPath:"#/properties/shipping/properties/address/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data14.line2 !== undefined){
if(typeof data14.line2 !== "string"){
const err22 = {instancePath:instancePath+"/shipping/address/line2",schemaPath:"#/properties/shipping/properties/address/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data14.city !== undefined){
if(typeof data14.city !== "string"){
const err23 = {instancePath:instancePath+"/shipping/address/city",schemaPath:"#/properties/shipping/properties/address/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data14.state !== undefined){
if(typeof data14.state !== "string"){
const err24 = {instancePath:instancePath+"/shipping/address/state",schemaPath:"#/properties/shipping/properties/address/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data14.postal_code !== undefined){
if(typeof data14.postal_code !== "string"){
const err25 = {instancePath:instancePath+"/shipping/address/postal_code",schemaPath:"#/properties/shipping/properties/address/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data14.country !== undefined){
if(typeof data14.country !== "string"){
const err26 = {instancePath:instancePath+"/shipping/address/country",schemaPath:"#/properties/shipping/properties/address/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/shipping/address",schemaPath:"#/properties/shipping/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.metadata !== undefined){
let data21 = data.metadata;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(Object.keys(data21).length > 50){
const err29 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key4 in data21){
const _errs49 = errors;
if(typeof key4 === "string"){
if(func3(key4) > 40){
const err30 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",propertyName:key4};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern1.test(key4)){
const err31 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\[\\]]*$"},message:"must match pattern \""+"^[^\\[\\]]*$"+"\"",propertyName:key4};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
var valid4 = _errs49 === errors;
if(!valid4){
const err32 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
for(const key5 in data21){
let data22 = data21[key5];
if(typeof data22 === "string"){
if(func3(data22) > 500){
const err33 = {instancePath:instancePath+"/metadata/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/metadata/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.payment_method !== undefined){
if(typeof data.payment_method !== "string"){
const err36 = {instancePath:instancePath+"/payment_method",schemaPath:"#/properties/payment_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.invoice_settings !== undefined){
let data24 = data.invoice_settings;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key6 in data24){
if(!(((key6 === "default_payment_method") || (key6 === "footer")) || (key6 === "custom_fields"))){
const err37 = {instancePath:instancePath+"/invoice_settings",schemaPath:"#/properties/invoice_settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data24.default_payment_method !== undefined){
if(typeof data24.default_payment_method !== "string"){
const err38 = {instancePath:instancePath+"/invoice_settings/default_payment_method",schemaPath:"#/properties/invoice_settings/properties/default_payment_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data24.footer !== undefined){
if(typeof data24.footer !== "string"){
const err39 = {instancePath:instancePath+"/invoice_settings/footer",schemaPath:"#/properties/invoice_settings/properties/footer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data24.custom_fields !== undefined){
let data27 = data24.custom_fields;
if(Array.isArray(data27)){
if(data27.length > 4){
const err40 = {instancePath:instancePath+"/invoice_settings/custom_fields",schemaPath:"#/properties/invoice_settings/properties/custom_fields/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len0 = data27.length;
for(let i0=0; i0<len0; i0++){
let data28 = data27[i0];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.name === undefined){
const err41 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0,schemaPath:"#/properties/invoice_settings/properties/custom_fields/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data28.value === undefined){
const err42 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0,schemaPath:"#/properties/invoice_settings/properties/custom_fields/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key7 in data28){
if(!((key7 === "name") || (key7 === "value"))){
const err43 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0,schemaPath:"#/properties/invoice_settings/properties/custom_fields/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data28.name !== undefined){
let data29 = data28.name;
if(typeof data29 === "string"){
if(func3(data29) > 40){
const err44 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0+"/name",schemaPath:"#/properties/invoice_settings/properties/custom_fields/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0+"/name",schemaPath:"#/properties/invoice_settings/properties/custom_fields/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data28.value !== undefined){
let data30 = data28.value;
if(typeof data30 === "string"){
if(func3(data30) > 140){
const err46 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0+"/value",schemaPath:"#/properties/invoice_settings/properties/custom_fields/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 140},message:"must NOT have more than 140 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0+"/value",schemaPath:"#/properties/invoice_settings/properties/custom_fields/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0,schemaPath:"#/properties/invoice_settings/properties/custom_fields/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/invoice_settings/custom_fields",schemaPath:"#/properties/invoice_settings/properties/custom_fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/invoice_settings",schemaPath:"#/properties/invoice_settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.preferred_locales !== undefined){
let data31 = data.preferred_locales;
if(Array.isArray(data31)){
const len1 = data31.length;
for(let i1=0; i1<len1; i1++){
let data32 = data31[i1];
if(typeof data32 === "string"){
if(func3(data32) < 1){
const err51 = {instancePath:instancePath+"/preferred_locales/" + i1,schemaPath:"#/properties/preferred_locales/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/preferred_locales/" + i1,schemaPath:"#/properties/preferred_locales/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/preferred_locales",schemaPath:"#/properties/preferred_locales/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.tax_exempt !== undefined){
let data33 = data.tax_exempt;
if(typeof data33 !== "string"){
const err54 = {instancePath:instancePath+"/tax_exempt",schemaPath:"#/properties/tax_exempt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!(((data33 === "none") || (data33 === "exempt")) || (data33 === "reverse"))){
const err55 = {instancePath:instancePath+"/tax_exempt",schemaPath:"#/properties/tax_exempt/enum",keyword:"enum",params:{allowedValues: schema13.properties.tax_exempt.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.balance !== undefined){
let data34 = data.balance;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err56 = {instancePath:instancePath+"/balance",schemaPath:"#/properties/balance/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.invoice_prefix !== undefined){
let data35 = data.invoice_prefix;
if(typeof data35 === "string"){
if(!pattern8.test(data35)){
const err57 = {instancePath:instancePath+"/invoice_prefix",schemaPath:"#/properties/invoice_prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9]{1,12}$"},message:"must match pattern \""+"^[A-Z0-9]{1,12}$"+"\""};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/invoice_prefix",schemaPath:"#/properties/invoice_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.test_clock !== undefined){
if(typeof data.test_clock !== "string"){
const err59 = {instancePath:instancePath+"/test_clock",schemaPath:"#/properties/test_clock/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.expand !== undefined){
let data37 = data.expand;
if(Array.isArray(data37)){
const len2 = data37.length;
for(let i2=0; i2<len2; i2++){
let data38 = data37[i2];
if(typeof data38 === "string"){
if(func3(data38) < 1){
const err60 = {instancePath:instancePath+"/expand/" + i2,schemaPath:"#/properties/expand/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/expand/" + i2,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateCreatePaymentIntent: GeneratedValidator = validate13;
const schema14 = {"type":"object","additionalProperties":false,"required":["amount","currency"],"properties":{"amount":{"type":"integer","minimum":1},"currency":{"type":"string","pattern":"^[A-Za-z]{3}$"},"customer":{"type":"string"},"description":{"type":"string"},"receipt_email":{"type":"string","maxLength":800},"payment_method":{"type":"string"},"payment_method_types":{"type":"array","items":{"type":"string","minLength":1}},"allowed_payment_method_types":{"type":"array","items":{"type":"string","minLength":1}},"excluded_payment_method_types":{"type":"array","items":{"type":"string","minLength":1}},"automatic_payment_methods":{"type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"allow_redirects":{"type":"string","enum":["always","never"]}}},"confirm":{"type":"boolean"},"confirmation_method":{"type":"string","enum":["automatic","manual"]},"confirmation_token":{"type":"string"},"capture_method":{"type":"string","enum":["automatic","automatic_async","manual"]},"return_url":{"type":"string"},"off_session":{"oneOf":[{"type":"boolean"},{"type":"string","enum":["one_off","recurring"]}]},"error_on_requires_action":{"type":"boolean"},"setup_future_usage":{"type":"string","enum":["off_session","on_session"]},"statement_descriptor":{"type":"string","maxLength":22},"statement_descriptor_suffix":{"type":"string","maxLength":22},"metadata":{"type":"object","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500}},"shipping":{"type":"object","additionalProperties":false,"required":["name","address"],"properties":{"name":{"type":"string"},"phone":{"type":"string"},"address":{"type":"object","additionalProperties":false,"properties":{"line1":{"type":"string"},"line2":{"type":"string"},"city":{"type":"string"},"state":{"type":"string"},"postal_code":{"type":"string"},"country":{"type":"string"}}},"carrier":{"type":"string"},"tracking_number":{"type":"string"}}},"application_fee_amount":{"type":"integer","minimum":0},"on_behalf_of":{"type":"string"},"transfer_data":{"type":"object","additionalProperties":false,"required":["destination"],"properties":{"destination":{"type":"string"},"amount":{"type":"integer","minimum":0}}},"transfer_group":{"type":"string"},"expand":{"type":"array","items":{"type":"string","minLength":1}}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.amount === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.currency === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema14.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.amount !== undefined){
let data0 = data.amount;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3}$"},message:"must match pattern \""+"^[A-Za-z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.customer !== undefined){
if(typeof data.customer !== "string"){
const err7 = {instancePath:instancePath+"/customer",schemaPath:"#/properties/customer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.receipt_email !== undefined){
let data4 = data.receipt_email;
if(typeof data4 === "string"){
if(func3(data4) > 800){
const err9 = {instancePath:instancePath+"/receipt_email",schemaPath:"#/properties/receipt_email/maxLength",keyword:"maxLength",params:{limit: 800},message:"must NOT have more than 800 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/receipt_email",schemaPath:"#/properties/receipt_email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.payment_method !== undefined){
if(typeof data.payment_method !== "string"){
const err11 = {instancePath:instancePath+"/payment_method",schemaPath:"#/properties/payment_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.payment_method_types !== undefined){
let data6 = data.payment_method_types;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err12 = {instancePath:instancePath+"/payment_method_types/" + i0,schemaPath:"#/properties/payment_method_types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/payment_method_types/" + i0,schemaPath:"#/properties/payment_method_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/payment_method_types",schemaPath:"#/properties/payment_method_types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.allowed_payment_method_types !== undefined){
let data8 = data.allowed_payment_method_types;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err15 = {instancePath:instancePath+"/allowed_payment_method_types/" + i1,schemaPath:"#/properties/allowed_payment_method_types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/allowed_payment_method_types/" + i1,schemaPath:"#/properties/allowed_payment_method_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/allowed_payment_method_types",schemaPath:"#/properties/allowed_payment_method_types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.excluded_payment_method_types !== undefined){
let data10 = data.excluded_payment_method_types;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err18 = {instancePath:instancePath+"/excluded_payment_method_types/" + i2,schemaPath:"#/properties/excluded_payment_method_types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/excluded_payment_method_types/" + i2,schemaPath:"#/properties/excluded_payment_method_types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/excluded_payment_method_types",schemaPath:"#/properties/excluded_payment_method_types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.automatic_payment_methods !== undefined){
let data12 = data.automatic_payment_methods;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.enabled === undefined){
const err21 = {instancePath:instancePath+"/automatic_payment_methods",schemaPath:"#/properties/automatic_payment_methods/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key1 in data12){
if(!((key1 === "enabled") || (key1 === "allow_redirects"))){
const err22 = {instancePath:instancePath+"/automatic_payment_methods",schemaPath:"#/properties/automatic_payment_methods/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data12.enabled !== undefined){
if(typeof data12.enabled !== "boolean"){
const err23 = {instancePath:instancePath+"/automatic_payment_methods/enabled",schemaPath:"#/properties/automatic_payment_methods/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.allow_redirects !== undefined){
let data14 = data12.allow_redirects;
if(typeof data14 !== "string"){
const err24 = {instancePath:instancePath+"/automatic_payment_methods/allow_redirects",schemaPath:"#/properties/automatic_payment_methods/properties/allow_redirects/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((data14 === "always") || (data14 === "never"))){
const err25 = {instancePath:instancePath+"/automatic_payment_methods/allow_redirects",schemaPath:"#/properties/automatic_payment_methods/properties/allow_redirects/enum",keyword:"enum",params:{allowedValues: schema14.properties.automatic_payment_methods.properties.allow_redirects.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/automatic_payment_methods",schemaPath:"#/properties/automatic_payment_methods/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.confirm !== undefined){
if(typeof data.confirm !== "boolean"){
const err27 = {instancePath:instancePath+"/confirm",schemaPath:"#/properties/confirm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.confirmation_method !== undefined){
let data16 = data.confirmation_method;
if(typeof data16 !== "string"){
const err28 = {instancePath:instancePath+"/confirmation_method",schemaPath:"#/properties/confirmation_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((data16 === "automatic") || (data16 === "manual"))){
const err29 = {instancePath:instancePath+"/confirmation_method",schemaPath:"#/properties/confirmation_method/enum",keyword:"enum",params:{allowedValues: schema14.properties.confirmation_method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.confirmation_token !== undefined){
if(typeof data.confirmation_token !== "string"){
const err30 = {instancePath:instancePath+"/confirmation_token",schemaPath:"#/properties/confirmation_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.capture_method !== undefined){
let data18 = data.capture_method;
if(typeof data18 !== "string"){
const err31 = {instancePath:instancePath+"/capture_method",schemaPath:"#/properties/capture_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!(((data18 === "automatic") || (data18 === "automatic_async")) || (data18 === "manual"))){
const err32 = {instancePath:instancePath+"/capture_method",schemaPath:"#/properties/capture_method/enum",keyword:"enum",params:{allowedValues: schema14.properties.capture_method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.return_url !== undefined){
if(typeof data.return_url !== "string"){
const err33 = {instancePath:instancePath+"/return_url",schemaPath:"#/properties/return_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.off_session !== undefined){
let data20 = data.off_session;
const _errs44 = errors;
let valid8 = false;
let passing0 = null;
const _errs45 = errors;
if(typeof data20 !== "boolean"){
const err34 = {instancePath:instancePath+"/off_session",schemaPath:"#/properties/off_session/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs45 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
}
const _errs47 = errors;
if(typeof data20 !== "string"){
const err35 = {instancePath:instancePath+"/off_session",schemaPath:"#/properties/off_session/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((data20 === "one_off") || (data20 === "recurring"))){
const err36 = {instancePath:instancePath+"/off_session",schemaPath:"#/properties/off_session/oneOf/1/enum",keyword:"enum",params:{allowedValues: schema14.properties.off_session.oneOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid0 = _errs47 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
}
}
if(!valid8){
const err37 = {instancePath:instancePath+"/off_session",schemaPath:"#/properties/off_session/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
if(data.error_on_requires_action !== undefined){
if(typeof data.error_on_requires_action !== "boolean"){
const err38 = {instancePath:instancePath+"/error_on_requires_action",schemaPath:"#/properties/error_on_requires_action/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.setup_future_usage !== undefined){
let data22 = data.setup_future_usage;
if(typeof data22 !== "string"){
const err39 = {instancePath:instancePath+"/setup_future_usage",schemaPath:"#/properties/setup_future_usage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!((data22 === "off_session") || (data22 === "on_session"))){
const err40 = {instancePath:instancePath+"/setup_future_usage",schemaPath:"#/properties/setup_future_usage/enum",keyword:"enum",params:{allowedValues: schema14.properties.setup_future_usage.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.statement_descriptor !== undefined){
let data23 = data.statement_descriptor;
if(typeof data23 === "string"){
if(func3(data23) > 22){
const err41 = {instancePath:instancePath+"/statement_descriptor",schemaPath:"#/properties/statement_descriptor/maxLength",keyword:"maxLength",params:{limit: 22},message:"must NOT have more than 22 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/statement_descriptor",schemaPath:"#/properties/statement_descriptor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.statement_descriptor_suffix !== undefined){
let data24 = data.statement_descriptor_suffix;
if(typeof data24 === "string"){
if(func3(data24) > 22){
const err43 = {instancePath:instancePath+"/statement_descriptor_suffix",schemaPath:"#/properties/statement_descriptor_suffix/maxLength",keyword:"maxLength",params:{limit: 22},message:"must NOT have more than 22 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/statement_descriptor_suffix",schemaPath:"#/properties/statement_descriptor_suffix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.metadata !== undefined){
let data25 = data.metadata;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(Object.keys(data25).length > 50){
const err45 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key2 in data25){
const _errs59 = errors;
if(typeof key2 === "string"){
if(func3(key2) > 40){
const err46 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",propertyName:key2};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern1.test(key2)){
const err47 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\[\\]]*$"},message:"must match pattern \""+"^[^\\[\\]]*$"+"\"",propertyName:key2};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var valid9 = _errs59 === errors;
if(!valid9){
const err48 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
for(const key3 in data25){
let data26 = data25[key3];
if(typeof data26 === "string"){
if(func3(data26) > 500){
const err49 = {instancePath:instancePath+"/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/metadata/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.shipping !== undefined){
let data27 = data.shipping;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.name === undefined){
const err52 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data27.address === undefined){
const err53 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key4 in data27){
if(!(((((key4 === "name") || (key4 === "phone")) || (key4 === "address")) || (key4 === "carrier")) || (key4 === "tracking_number"))){
const err54 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data27.name !== undefined){
if(typeof data27.name !== "string"){
const err55 = {instancePath:instancePath+"/shipping/name",schemaPath:"#/properties/shipping/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data27.phone !== undefined){
if(typeof data27.phone !== "string"){
const err56 = {instancePath:instancePath+"/shipping/phone",schemaPath:"#/properties/shipping/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data27.address !== undefined){
let data30 = data27.address;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key5 in data30){
if(!((((((key5 === "line1") || (key5 === "line2")) || (key5 === "city")) || (key5 === "state")) || (key5 === "postal_code")) || (key5 === "country"))){
const err57 = {instancePath:instancePath+"/shipping/address",schemaPath:"#/properties/shipping/properties/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data30.line1 !== undefined){
if(typeof data30.line1 !== "string"){
const err58 = {instancePath:instancePath+"/shipping/address/line1",schemaPath:"#/properties/shipping/properties/address/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data30.line2 !== undefined){
if(typeof data30.line2 !== "string"){
const err59 = {instancePath:instancePath+"/shipping/address/line2",schemaPath:"#/properties/shipping/properties/address/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data30.city !== undefined){
if(typeof data30.city !== "string"){
const err60 = {instancePath:instancePath+"/shipping/address/city",schemaPath:"#/properties/shipping/properties/address/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data30.state !== undefined){
if(typeof data30.state !== "string"){
const err61 = {instancePath:instancePath+"/shipping/address/state",schemaPath:"#/properties/shipping/properties/address/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data30.postal_code !== undefined){
if(typeof data30.postal_code !== "string"){
const err62 = {instancePath:instancePath+"/shipping/address/postal_code",schemaPath:"#/properties/shipping/properties/address/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data30.country !== undefined){
if(typeof data30.country !== "string"){
const err63 = {instancePath:instancePath+"/shipping/address/country",schemaPath:"#/properties/shipping/properties/address/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/shipping/address",schemaPath:"#/properties/shipping/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data27.carrier !== undefined){
if(typeof data27.carrier !== "string"){
const err65 = {instancePath:instancePath+"/shipping/carrier",schemaPath:"#/properties/shipping/properties/carrier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data27.tracking_number !== undefined){
if(typeof data27.tracking_number !== "string"){
const err66 = {instancePath:instancePath+"/shipping/tracking_number",schemaPath:"#/properties/shipping/properties/tracking_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.application_fee_amount !== undefined){
let data39 = data.application_fee_amount;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err68 = {instancePath:instancePath+"/application_fee_amount",schemaPath:"#/properties/application_fee_amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
const err69 = {instancePath:instancePath+"/application_fee_amount",schemaPath:"#/properties/application_fee_amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data.on_behalf_of !== undefined){
if(typeof data.on_behalf_of !== "string"){
const err70 = {instancePath:instancePath+"/on_behalf_of",schemaPath:"#/properties/on_behalf_of/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.transfer_data !== undefined){
let data41 = data.transfer_data;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.destination === undefined){
const err71 = {instancePath:instancePath+"/transfer_data",schemaPath:"#/properties/transfer_data/required",keyword:"required",params:{missingProperty: "destination"},message:"must have required property '"+"destination"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key6 in data41){
if(!((key6 === "destination") || (key6 === "amount"))){
const err72 = {instancePath:instancePath+"/transfer_data",schemaPath:"#/properties/transfer_data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data41.destination !== undefined){
if(typeof data41.destination !== "string"){
const err73 = {instancePath:instancePath+"/transfer_data/destination",schemaPath:"#/properties/transfer_data/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data41.amount !== undefined){
let data43 = data41.amount;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
const err74 = {instancePath:instancePath+"/transfer_data/amount",schemaPath:"#/properties/transfer_data/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 < 0 || isNaN(data43)){
const err75 = {instancePath:instancePath+"/transfer_data/amount",schemaPath:"#/properties/transfer_data/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
}
else {
const err76 = {instancePath:instancePath+"/transfer_data",schemaPath:"#/properties/transfer_data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.transfer_group !== undefined){
if(typeof data.transfer_group !== "string"){
const err77 = {instancePath:instancePath+"/transfer_group",schemaPath:"#/properties/transfer_group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.expand !== undefined){
let data45 = data.expand;
if(Array.isArray(data45)){
const len3 = data45.length;
for(let i3=0; i3<len3; i3++){
let data46 = data45[i3];
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err78 = {instancePath:instancePath+"/expand/" + i3,schemaPath:"#/properties/expand/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/expand/" + i3,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateCreateRefund: GeneratedValidator = validate14;
const schema15 = {"type":"object","additionalProperties":false,"anyOf":[{"required":["payment_intent"],"properties":{"payment_intent":{"type":"string"}}},{"required":["charge"],"properties":{"charge":{"type":"string"}}}],"properties":{"payment_intent":{"type":"string"},"charge":{"type":"string"},"amount":{"type":"integer","minimum":1},"reason":{"type":"string","enum":["duplicate","fraudulent","requested_by_customer"]},"metadata":{"type":"object","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500}},"instructions_email":{"type":"string"},"refund_application_fee":{"type":"boolean"},"reverse_transfer":{"type":"boolean"},"expand":{"type":"array","items":{"type":"string","minLength":1}}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.payment_intent === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "payment_intent"},message:"must have required property '"+"payment_intent"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.payment_intent !== undefined){
if(typeof data.payment_intent !== "string"){
const err1 = {instancePath:instancePath+"/payment_intent",schemaPath:"#/anyOf/0/properties/payment_intent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.charge === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "charge"},message:"must have required property '"+"charge"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.charge !== undefined){
if(typeof data.charge !== "string"){
const err3 = {instancePath:instancePath+"/charge",schemaPath:"#/anyOf/1/properties/charge/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema15.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.payment_intent !== undefined){
if(typeof data.payment_intent !== "string"){
const err6 = {instancePath:instancePath+"/payment_intent",schemaPath:"#/properties/payment_intent/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.charge !== undefined){
if(typeof data.charge !== "string"){
const err7 = {instancePath:instancePath+"/charge",schemaPath:"#/properties/charge/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.amount !== undefined){
let data4 = data.amount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.reason !== undefined){
let data5 = data.reason;
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data5 === "duplicate") || (data5 === "fraudulent")) || (data5 === "requested_by_customer"))){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema15.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.metadata !== undefined){
let data6 = data.metadata;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length > 50){
const err12 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data6){
const _errs19 = errors;
if(typeof key1 === "string"){
if(func3(key1) > 40){
const err13 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",propertyName:key1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern1.test(key1)){
const err14 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\[\\]]*$"},message:"must match pattern \""+"^[^\\[\\]]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var valid4 = _errs19 === errors;
if(!valid4){
const err15 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key2 in data6){
let data7 = data6[key2];
if(typeof data7 === "string"){
if(func3(data7) > 500){
const err16 = {instancePath:instancePath+"/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.instructions_email !== undefined){
if(typeof data.instructions_email !== "string"){
const err19 = {instancePath:instancePath+"/instructions_email",schemaPath:"#/properties/instructions_email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.refund_application_fee !== undefined){
if(typeof data.refund_application_fee !== "boolean"){
const err20 = {instancePath:instancePath+"/refund_application_fee",schemaPath:"#/properties/refund_application_fee/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.reverse_transfer !== undefined){
if(typeof data.reverse_transfer !== "boolean"){
const err21 = {instancePath:instancePath+"/reverse_transfer",schemaPath:"#/properties/reverse_transfer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.expand !== undefined){
let data11 = data.expand;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err22 = {instancePath:instancePath+"/expand/" + i0,schemaPath:"#/properties/expand/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/expand/" + i0,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateListCustomers: GeneratedValidator = validate15;
const schema16 = {"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":1,"maximum":100},"email":{"type":"string","maxLength":512},"starting_after":{"type":"string"},"ending_before":{"type":"string"},"created":{"oneOf":[{"type":"integer"},{"type":"object","additionalProperties":false,"properties":{"gt":{"type":"integer"},"gte":{"type":"integer"},"lt":{"type":"integer"},"lte":{"type":"integer"}}}]},"test_clock":{"type":"string"},"expand":{"type":"array","items":{"type":"string","minLength":1}}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "limit") || (key0 === "email")) || (key0 === "starting_after")) || (key0 === "ending_before")) || (key0 === "created")) || (key0 === "test_clock")) || (key0 === "expand"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.limit !== undefined){
let data0 = data.limit;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.email !== undefined){
let data1 = data.email;
if(typeof data1 === "string"){
if(func3(data1) > 512){
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.starting_after !== undefined){
if(typeof data.starting_after !== "string"){
const err6 = {instancePath:instancePath+"/starting_after",schemaPath:"#/properties/starting_after/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ending_before !== undefined){
if(typeof data.ending_before !== "string"){
const err7 = {instancePath:instancePath+"/ending_before",schemaPath:"#/properties/ending_before/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.created !== undefined){
let data4 = data.created;
const _errs11 = errors;
let valid1 = false;
let passing0 = null;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs14 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((((key1 === "gt") || (key1 === "gte")) || (key1 === "lt")) || (key1 === "lte"))){
const err9 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.gt !== undefined){
let data5 = data4.gt;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/created/gt",schemaPath:"#/properties/created/oneOf/1/properties/gt/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.gte !== undefined){
let data6 = data4.gte;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/created/gte",schemaPath:"#/properties/created/oneOf/1/properties/gte/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.lt !== undefined){
let data7 = data4.lt;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/created/lt",schemaPath:"#/properties/created/oneOf/1/properties/lt/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.lte !== undefined){
let data8 = data4.lte;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err13 = {instancePath:instancePath+"/created/lte",schemaPath:"#/properties/created/oneOf/1/properties/lte/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err15 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.test_clock !== undefined){
if(typeof data.test_clock !== "string"){
const err16 = {instancePath:instancePath+"/test_clock",schemaPath:"#/properties/test_clock/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.expand !== undefined){
let data10 = data.expand;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err17 = {instancePath:instancePath+"/expand/" + i0,schemaPath:"#/properties/expand/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/expand/" + i0,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateRetrieveCustomer: GeneratedValidator = validate16;
const schema17 = {"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1},"expand":{"type":"array","items":{"type":"string","minLength":1}}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "expand"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.expand !== undefined){
let data1 = data.expand;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err4 = {instancePath:instancePath+"/expand/" + i0,schemaPath:"#/properties/expand/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/expand/" + i0,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateRetrievePaymentIntent: GeneratedValidator = validate17;
const schema18 = {"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1},"client_secret":{"type":"string"},"expand":{"type":"array","items":{"type":"string","minLength":1}}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "client_secret")) || (key0 === "expand"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.client_secret !== undefined){
if(typeof data.client_secret !== "string"){
const err4 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.expand !== undefined){
let data2 = data.expand;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err5 = {instancePath:instancePath+"/expand/" + i0,schemaPath:"#/properties/expand/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/expand/" + i0,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateUpdateCustomer: GeneratedValidator = validate18;
const schema19 = {"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1},"email":{"type":"string","maxLength":512},"name":{"type":"string","maxLength":256},"phone":{"type":"string"},"description":{"type":"string"},"address":{"oneOf":[{"type":"object","additionalProperties":false,"properties":{"line1":{"type":"string"},"line2":{"type":"string"},"city":{"type":"string"},"state":{"type":"string"},"postal_code":{"type":"string"},"country":{"type":"string"}}},{"type":"string","const":""}]},"shipping":{"oneOf":[{"type":"object","additionalProperties":false,"required":["name","address"],"properties":{"name":{"type":"string"},"phone":{"type":"string"},"address":{"type":"object","additionalProperties":false,"properties":{"line1":{"type":"string"},"line2":{"type":"string"},"city":{"type":"string"},"state":{"type":"string"},"postal_code":{"type":"string"},"country":{"type":"string"}}}}},{"type":"string","const":""}]},"metadata":{"oneOf":[{"type":"object","maxProperties":50,"propertyNames":{"maxLength":40,"pattern":"^[^\\[\\]]*$"},"additionalProperties":{"type":"string","maxLength":500}},{"type":"string","const":""}]},"invoice_settings":{"type":"object","additionalProperties":false,"properties":{"default_payment_method":{"type":"string"},"footer":{"type":"string"},"custom_fields":{"oneOf":[{"type":"array","maxItems":4,"items":{"type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"type":"string","maxLength":40},"value":{"type":"string","maxLength":140}}}},{"type":"string","const":""}]}}},"preferred_locales":{"type":"array","items":{"type":"string","minLength":1}},"tax_exempt":{"anyOf":[{"type":"string","enum":["none","exempt","reverse"]},{"type":"string","const":""}]},"balance":{"type":"integer"},"invoice_prefix":{"type":"string","pattern":"^[A-Z0-9]{1,12}$"},"default_source":{"type":"string"},"expand":{"type":"array","items":{"type":"string","minLength":1}}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema19.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.email !== undefined){
let data1 = data.email;
if(typeof data1 === "string"){
if(func3(data1) > 512){
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func3(data2) > 256){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.phone !== undefined){
if(typeof data.phone !== "string"){
const err8 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.address !== undefined){
let data5 = data.address;
const _errs13 = errors;
let valid1 = false;
let passing0 = null;
const _errs14 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!((((((key1 === "line1") || (key1 === "line2")) || (key1 === "city")) || (key1 === "state")) || (key1 === "postal_code")) || (key1 === "country"))){
const err10 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.line1 !== undefined){
if(typeof data5.line1 !== "string"){
const err11 = {instancePath:instancePath+"/address/line1",schemaPath:"#/properties/address/oneOf/0/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.line2 !== undefined){
if(typeof data5.line2 !== "string"){
const err12 = {instancePath:instancePath+"/address/line2",schemaPath:"#/properties/address/oneOf/0/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.city !== undefined){
if(typeof data5.city !== "string"){
const err13 = {instancePath:instancePath+"/address/city",schemaPath:"#/properties/address/oneOf/0/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.state !== undefined){
if(typeof data5.state !== "string"){
const err14 = {instancePath:instancePath+"/address/state",schemaPath:"#/properties/address/oneOf/0/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.postal_code !== undefined){
if(typeof data5.postal_code !== "string"){
const err15 = {instancePath:instancePath+"/address/postal_code",schemaPath:"#/properties/address/oneOf/0/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.country !== undefined){
if(typeof data5.country !== "string"){
const err16 = {instancePath:instancePath+"/address/country",schemaPath:"#/properties/address/oneOf/0/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs29 = errors;
if(typeof data5 !== "string"){
const err18 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("" !== data5){
const err19 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/oneOf/1/const",keyword:"const",params:{allowedValue: ""},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs29 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err20 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.shipping !== undefined){
let data12 = data.shipping;
const _errs32 = errors;
let valid3 = false;
let passing1 = null;
const _errs33 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.name === undefined){
const err21 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/0/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data12.address === undefined){
const err22 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/0/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data12){
if(!(((key2 === "name") || (key2 === "phone")) || (key2 === "address"))){
const err23 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.name !== undefined){
if(typeof data12.name !== "string"){
const err24 = {instancePath:instancePath+"/shipping/name",schemaPath:"#/properties/shipping/oneOf/0/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.phone !== undefined){
if(typeof data12.phone !== "string"){
const err25 = {instancePath:instancePath+"/shipping/phone",schemaPath:"#/properties/shipping/oneOf/0/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.address !== undefined){
let data15 = data12.address;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key3 in data15){
if(!((((((key3 === "line1") || (key3 === "line2")) || (key3 === "city")) || (key3 === "state")) || (key3 === "postal_code")) || (key3 === "country"))){
const err26 = {instancePath:instancePath+"/shipping/address",schemaPath:"#/properties/shipping/oneOf/0/properties/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data15.line1 !== undefined){
if(typeof data15.line1 !== "string"){
const err27 = {instancePath:instancePath+"/shipping/address/line1",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data15.line2 !== undefined){
if(typeof data15.line2 !== "string"){
const err28 = {instancePath:instancePath+"/shipping/address/line2",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/line2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data15.city !== undefined){
if(typeof data15.city !== "string"){
const err29 = {instancePath:instancePath+"/shipping/address/city",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data15.state !== undefined){
if(typeof data15.state !== "string"){
const err30 = {instancePath:instancePath+"/shipping/address/state",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.postal_code !== undefined){
if(typeof data15.postal_code !== "string"){
const err31 = {instancePath:instancePath+"/shipping/address/postal_code",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data15.country !== undefined){
if(typeof data15.country !== "string"){
const err32 = {instancePath:instancePath+"/shipping/address/country",schemaPath:"#/properties/shipping/oneOf/0/properties/address/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/shipping/address",schemaPath:"#/properties/shipping/oneOf/0/properties/address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid1 = _errs33 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs55 = errors;
if(typeof data12 !== "string"){
const err35 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if("" !== data12){
const err36 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf/1/const",keyword:"const",params:{allowedValue: ""},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid1 = _errs55 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err37 = {instancePath:instancePath+"/shipping",schemaPath:"#/properties/shipping/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.metadata !== undefined){
let data22 = data.metadata;
const _errs58 = errors;
let valid6 = false;
let passing2 = null;
const _errs59 = errors;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(Object.keys(data22).length > 50){
const err38 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf/0/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key4 in data22){
const _errs61 = errors;
if(typeof key4 === "string"){
if(func3(key4) > 40){
const err39 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf/0/propertyNames/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",propertyName:key4};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern1.test(key4)){
const err40 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf/0/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\[\\]]*$"},message:"must match pattern \""+"^[^\\[\\]]*$"+"\"",propertyName:key4};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var valid7 = _errs61 === errors;
if(!valid7){
const err41 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
for(const key5 in data22){
let data23 = data22[key5];
if(typeof data23 === "string"){
if(func3(data23) > 500){
const err42 = {instancePath:instancePath+"/metadata/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/oneOf/0/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/metadata/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/oneOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid2 = _errs59 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs65 = errors;
if(typeof data22 !== "string"){
const err45 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if("" !== data22){
const err46 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf/1/const",keyword:"const",params:{allowedValue: ""},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid2 = _errs65 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err47 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
if(data.invoice_settings !== undefined){
let data24 = data.invoice_settings;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key6 in data24){
if(!(((key6 === "default_payment_method") || (key6 === "footer")) || (key6 === "custom_fields"))){
const err48 = {instancePath:instancePath+"/invoice_settings",schemaPath:"#/properties/invoice_settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data24.default_payment_method !== undefined){
if(typeof data24.default_payment_method !== "string"){
const err49 = {instancePath:instancePath+"/invoice_settings/default_payment_method",schemaPath:"#/properties/invoice_settings/properties/default_payment_method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data24.footer !== undefined){
if(typeof data24.footer !== "string"){
const err50 = {instancePath:instancePath+"/invoice_settings/footer",schemaPath:"#/properties/invoice_settings/properties/footer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data24.custom_fields !== undefined){
let data27 = data24.custom_fields;
const _errs75 = errors;
let valid10 = false;
let passing3 = null;
const _errs76 = errors;
if(Array.isArray(data27)){
if(data27.length > 4){
const err51 = {instancePath:instancePath+"/invoice_settings/custom_fields",schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/0/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len0 = data27.length;
for(let i0=0; i0<len0; i0++){
let data28 = data27[i0];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.name === undefined){
const err52 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0,schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/0/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data28.value === undefined){
const err53 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0,schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/0/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key7 in data28){
if(!((key7 === "name") || (key7 === "value"))){
const err54 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0,schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/0/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data28.name !== undefined){
let data29 = data28.name;
if(typeof data29 === "string"){
if(func3(data29) > 40){
const err55 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0+"/name",schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/0/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0+"/name",schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/0/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data28.value !== undefined){
let data30 = data28.value;
if(typeof data30 === "string"){
if(func3(data30) > 140){
const err57 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0+"/value",schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/0/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 140},message:"must NOT have more than 140 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0+"/value",schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/0/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/invoice_settings/custom_fields/" + i0,schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/invoice_settings/custom_fields",schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid3 = _errs76 === errors;
if(_valid3){
valid10 = true;
passing3 = 0;
}
const _errs85 = errors;
if(typeof data27 !== "string"){
const err61 = {instancePath:instancePath+"/invoice_settings/custom_fields",schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if("" !== data27){
const err62 = {instancePath:instancePath+"/invoice_settings/custom_fields",schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf/1/const",keyword:"const",params:{allowedValue: ""},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid3 = _errs85 === errors;
if(_valid3 && valid10){
valid10 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid10 = true;
passing3 = 1;
}
}
if(!valid10){
const err63 = {instancePath:instancePath+"/invoice_settings/custom_fields",schemaPath:"#/properties/invoice_settings/properties/custom_fields/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
else {
errors = _errs75;
if(vErrors !== null){
if(_errs75){
vErrors.length = _errs75;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err64 = {instancePath:instancePath+"/invoice_settings",schemaPath:"#/properties/invoice_settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.preferred_locales !== undefined){
let data31 = data.preferred_locales;
if(Array.isArray(data31)){
const len1 = data31.length;
for(let i1=0; i1<len1; i1++){
let data32 = data31[i1];
if(typeof data32 === "string"){
if(func3(data32) < 1){
const err65 = {instancePath:instancePath+"/preferred_locales/" + i1,schemaPath:"#/properties/preferred_locales/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/preferred_locales/" + i1,schemaPath:"#/properties/preferred_locales/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/preferred_locales",schemaPath:"#/properties/preferred_locales/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.tax_exempt !== undefined){
let data33 = data.tax_exempt;
const _errs92 = errors;
let valid16 = false;
const _errs93 = errors;
if(typeof data33 !== "string"){
const err68 = {instancePath:instancePath+"/tax_exempt",schemaPath:"#/properties/tax_exempt/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(!(((data33 === "none") || (data33 === "exempt")) || (data33 === "reverse"))){
const err69 = {instancePath:instancePath+"/tax_exempt",schemaPath:"#/properties/tax_exempt/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema19.properties.tax_exempt.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid4 = _errs93 === errors;
valid16 = valid16 || _valid4;
if(!valid16){
const _errs95 = errors;
if(typeof data33 !== "string"){
const err70 = {instancePath:instancePath+"/tax_exempt",schemaPath:"#/properties/tax_exempt/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if("" !== data33){
const err71 = {instancePath:instancePath+"/tax_exempt",schemaPath:"#/properties/tax_exempt/anyOf/1/const",keyword:"const",params:{allowedValue: ""},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid4 = _errs95 === errors;
valid16 = valid16 || _valid4;
}
if(!valid16){
const err72 = {instancePath:instancePath+"/tax_exempt",schemaPath:"#/properties/tax_exempt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
}
}
if(data.balance !== undefined){
let data34 = data.balance;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err73 = {instancePath:instancePath+"/balance",schemaPath:"#/properties/balance/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.invoice_prefix !== undefined){
let data35 = data.invoice_prefix;
if(typeof data35 === "string"){
if(!pattern8.test(data35)){
const err74 = {instancePath:instancePath+"/invoice_prefix",schemaPath:"#/properties/invoice_prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9]{1,12}$"},message:"must match pattern \""+"^[A-Z0-9]{1,12}$"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/invoice_prefix",schemaPath:"#/properties/invoice_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.default_source !== undefined){
if(typeof data.default_source !== "string"){
const err76 = {instancePath:instancePath+"/default_source",schemaPath:"#/properties/default_source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.expand !== undefined){
let data37 = data.expand;
if(Array.isArray(data37)){
const len2 = data37.length;
for(let i2=0; i2<len2; i2++){
let data38 = data37[i2];
if(typeof data38 === "string"){
if(func3(data38) < 1){
const err77 = {instancePath:instancePath+"/expand/" + i2,schemaPath:"#/properties/expand/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/expand/" + i2,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}