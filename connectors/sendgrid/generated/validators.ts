// Generated from connectors/sendgrid by `pnpm codegen --write`. Do not edit.
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
export const validateAddOrUpdateContacts: GeneratedValidator = validate10;
const schema11 = {"type":"object","additionalProperties":false,"required":["contacts"],"properties":{"list_ids":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"contacts":{"type":"array","contains":{},"maxItems":30000,"items":{"type":"object","additionalProperties":false,"anyOf":[{"required":["email"],"properties":{"email":{"type":"string"}}},{"required":["phone_number_id"],"properties":{"phone_number_id":{"type":"string"}}},{"required":["external_id"],"properties":{"external_id":{"type":"string"}}},{"required":["anonymous_id"],"properties":{"anonymous_id":{"type":"string"}}}],"properties":{"email":{"type":"string","maxLength":254,"pattern":"^[^\\s@]+@[^\\s@]+$"},"phone_number_id":{"type":"string","minLength":1},"external_id":{"type":"string","minLength":1,"maxLength":254},"anonymous_id":{"type":"string","minLength":1,"maxLength":254},"alternate_emails":{"type":"array","items":{"type":"string","maxLength":254}},"first_name":{"type":"string","maxLength":50},"last_name":{"type":"string","maxLength":50},"address_line_1":{"type":"string","maxLength":100},"address_line_2":{"type":"string","maxLength":100},"city":{"type":"string","maxLength":60},"state_province_region":{"type":"string","maxLength":50},"postal_code":{"type":"string"},"country":{"type":"string","maxLength":50},"custom_fields":{"type":"object","additionalProperties":{"type":["string","number"]}}}}}}};
const func2 = ajvRuntime_ucs2length;
const func3 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[^\\s@]+@[^\\s@]+$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contacts === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contacts"},message:"must have required property '"+"contacts"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "list_ids") || (key0 === "contacts"))){
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
if(data.list_ids !== undefined){
let data0 = data.list_ids;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err2 = {instancePath:instancePath+"/list_ids/" + i0,schemaPath:"#/properties/list_ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err3 = {instancePath:instancePath+"/list_ids/" + i0,schemaPath:"#/properties/list_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath:instancePath+"/list_ids",schemaPath:"#/properties/list_ids/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath:instancePath+"/list_ids",schemaPath:"#/properties/list_ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.contacts !== undefined){
let data2 = data.contacts;
if(Array.isArray(data2)){
if(data2.length > 30000){
const err6 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/maxItems",keyword:"maxItems",params:{limit: 30000},message:"must NOT have more than 30000 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
const _errs10 = errors;
let valid6 = false;
const _errs11 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.email === undefined){
const err7 = {instancePath:instancePath+"/contacts/" + i2,schemaPath:"#/properties/contacts/items/anyOf/0/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.email !== undefined){
if(typeof data3.email !== "string"){
const err8 = {instancePath:instancePath+"/contacts/" + i2+"/email",schemaPath:"#/properties/contacts/items/anyOf/0/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var _valid0 = _errs11 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs14 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.phone_number_id === undefined){
const err9 = {instancePath:instancePath+"/contacts/" + i2,schemaPath:"#/properties/contacts/items/anyOf/1/required",keyword:"required",params:{missingProperty: "phone_number_id"},message:"must have required property '"+"phone_number_id"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.phone_number_id !== undefined){
if(typeof data3.phone_number_id !== "string"){
const err10 = {instancePath:instancePath+"/contacts/" + i2+"/phone_number_id",schemaPath:"#/properties/contacts/items/anyOf/1/properties/phone_number_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var _valid0 = _errs14 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs17 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.external_id === undefined){
const err11 = {instancePath:instancePath+"/contacts/" + i2,schemaPath:"#/properties/contacts/items/anyOf/2/required",keyword:"required",params:{missingProperty: "external_id"},message:"must have required property '"+"external_id"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.external_id !== undefined){
if(typeof data3.external_id !== "string"){
const err12 = {instancePath:instancePath+"/contacts/" + i2+"/external_id",schemaPath:"#/properties/contacts/items/anyOf/2/properties/external_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var _valid0 = _errs17 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs20 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.anonymous_id === undefined){
const err13 = {instancePath:instancePath+"/contacts/" + i2,schemaPath:"#/properties/contacts/items/anyOf/3/required",keyword:"required",params:{missingProperty: "anonymous_id"},message:"must have required property '"+"anonymous_id"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.anonymous_id !== undefined){
if(typeof data3.anonymous_id !== "string"){
const err14 = {instancePath:instancePath+"/contacts/" + i2+"/anonymous_id",schemaPath:"#/properties/contacts/items/anyOf/3/properties/anonymous_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
var _valid0 = _errs20 === errors;
valid6 = valid6 || _valid0;
}
}
}
if(!valid6){
const err15 = {instancePath:instancePath+"/contacts/" + i2,schemaPath:"#/properties/contacts/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(func3.call(schema11.properties.contacts.items.properties, key1))){
const err16 = {instancePath:instancePath+"/contacts/" + i2,schemaPath:"#/properties/contacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.email !== undefined){
let data8 = data3.email;
if(typeof data8 === "string"){
if(func2(data8) > 254){
const err17 = {instancePath:instancePath+"/contacts/" + i2+"/email",schemaPath:"#/properties/contacts/items/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern0.test(data8)){
const err18 = {instancePath:instancePath+"/contacts/" + i2+"/email",schemaPath:"#/properties/contacts/items/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@]+@[^\\s@]+$"},message:"must match pattern \""+"^[^\\s@]+@[^\\s@]+$"+"\""};
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
const err19 = {instancePath:instancePath+"/contacts/" + i2+"/email",schemaPath:"#/properties/contacts/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.phone_number_id !== undefined){
let data9 = data3.phone_number_id;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err20 = {instancePath:instancePath+"/contacts/" + i2+"/phone_number_id",schemaPath:"#/properties/contacts/items/properties/phone_number_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/contacts/" + i2+"/phone_number_id",schemaPath:"#/properties/contacts/items/properties/phone_number_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.external_id !== undefined){
let data10 = data3.external_id;
if(typeof data10 === "string"){
if(func2(data10) > 254){
const err22 = {instancePath:instancePath+"/contacts/" + i2+"/external_id",schemaPath:"#/properties/contacts/items/properties/external_id/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data10) < 1){
const err23 = {instancePath:instancePath+"/contacts/" + i2+"/external_id",schemaPath:"#/properties/contacts/items/properties/external_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/contacts/" + i2+"/external_id",schemaPath:"#/properties/contacts/items/properties/external_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data3.anonymous_id !== undefined){
let data11 = data3.anonymous_id;
if(typeof data11 === "string"){
if(func2(data11) > 254){
const err25 = {instancePath:instancePath+"/contacts/" + i2+"/anonymous_id",schemaPath:"#/properties/contacts/items/properties/anonymous_id/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data11) < 1){
const err26 = {instancePath:instancePath+"/contacts/" + i2+"/anonymous_id",schemaPath:"#/properties/contacts/items/properties/anonymous_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/contacts/" + i2+"/anonymous_id",schemaPath:"#/properties/contacts/items/properties/anonymous_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data3.alternate_emails !== undefined){
let data12 = data3.alternate_emails;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i3=0; i3<len2; i3++){
let data13 = data12[i3];
if(typeof data13 === "string"){
if(func2(data13) > 254){
const err28 = {instancePath:instancePath+"/contacts/" + i2+"/alternate_emails/" + i3,schemaPath:"#/properties/contacts/items/properties/alternate_emails/items/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/contacts/" + i2+"/alternate_emails/" + i3,schemaPath:"#/properties/contacts/items/properties/alternate_emails/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/contacts/" + i2+"/alternate_emails",schemaPath:"#/properties/contacts/items/properties/alternate_emails/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data3.first_name !== undefined){
let data14 = data3.first_name;
if(typeof data14 === "string"){
if(func2(data14) > 50){
const err31 = {instancePath:instancePath+"/contacts/" + i2+"/first_name",schemaPath:"#/properties/contacts/items/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/contacts/" + i2+"/first_name",schemaPath:"#/properties/contacts/items/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data3.last_name !== undefined){
let data15 = data3.last_name;
if(typeof data15 === "string"){
if(func2(data15) > 50){
const err33 = {instancePath:instancePath+"/contacts/" + i2+"/last_name",schemaPath:"#/properties/contacts/items/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
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
const err34 = {instancePath:instancePath+"/contacts/" + i2+"/last_name",schemaPath:"#/properties/contacts/items/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data3.address_line_1 !== undefined){
let data16 = data3.address_line_1;
if(typeof data16 === "string"){
if(func2(data16) > 100){
const err35 = {instancePath:instancePath+"/contacts/" + i2+"/address_line_1",schemaPath:"#/properties/contacts/items/properties/address_line_1/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/contacts/" + i2+"/address_line_1",schemaPath:"#/properties/contacts/items/properties/address_line_1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data3.address_line_2 !== undefined){
let data17 = data3.address_line_2;
if(typeof data17 === "string"){
if(func2(data17) > 100){
const err37 = {instancePath:instancePath+"/contacts/" + i2+"/address_line_2",schemaPath:"#/properties/contacts/items/properties/address_line_2/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/contacts/" + i2+"/address_line_2",schemaPath:"#/properties/contacts/items/properties/address_line_2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data3.city !== undefined){
let data18 = data3.city;
if(typeof data18 === "string"){
if(func2(data18) > 60){
const err39 = {instancePath:instancePath+"/contacts/" + i2+"/city",schemaPath:"#/properties/contacts/items/properties/city/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/contacts/" + i2+"/city",schemaPath:"#/properties/contacts/items/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data3.state_province_region !== undefined){
let data19 = data3.state_province_region;
if(typeof data19 === "string"){
if(func2(data19) > 50){
const err41 = {instancePath:instancePath+"/contacts/" + i2+"/state_province_region",schemaPath:"#/properties/contacts/items/properties/state_province_region/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
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
const err42 = {instancePath:instancePath+"/contacts/" + i2+"/state_province_region",schemaPath:"#/properties/contacts/items/properties/state_province_region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data3.postal_code !== undefined){
if(typeof data3.postal_code !== "string"){
const err43 = {instancePath:instancePath+"/contacts/" + i2+"/postal_code",schemaPath:"#/properties/contacts/items/properties/postal_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data3.country !== undefined){
let data21 = data3.country;
if(typeof data21 === "string"){
if(func2(data21) > 50){
const err44 = {instancePath:instancePath+"/contacts/" + i2+"/country",schemaPath:"#/properties/contacts/items/properties/country/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
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
const err45 = {instancePath:instancePath+"/contacts/" + i2+"/country",schemaPath:"#/properties/contacts/items/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data3.custom_fields !== undefined){
let data22 = data3.custom_fields;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key2 in data22){
let data23 = data22[key2];
if((typeof data23 !== "string") && (!((typeof data23 == "number") && (isFinite(data23))))){
const err46 = {instancePath:instancePath+"/contacts/" + i2+"/custom_fields/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/contacts/items/properties/custom_fields/additionalProperties/type",keyword:"type",params:{type: schema11.properties.contacts.items.properties.custom_fields.additionalProperties.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/contacts/" + i2+"/custom_fields",schemaPath:"#/properties/contacts/items/properties/custom_fields/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err48 = {instancePath:instancePath+"/contacts/" + i2,schemaPath:"#/properties/contacts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
const len3 = data2.length;
if(!(len3 >= 1)){
const err49 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
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
const err50 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateSendMail: GeneratedValidator = validate11;
const schema12 = {"type":"object","additionalProperties":false,"required":["from"],"oneOf":[{"required":["personalizations"],"properties":{"personalizations":{"type":"array"}}},{"required":["to"],"properties":{"to":{"type":["string","object","array"]}}}],"dependencies":{"cc":["to"],"bcc":["to"],"text":["to"],"html":["to"],"dynamic_template_data":{"required":["to","template_id"],"properties":{"template_id":{"type":"string","pattern":"^d-"}}}},"definitions":{"address":{"type":["string","object"],"pattern":"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$","additionalProperties":false,"required":["email"],"properties":{"email":{"type":"string","pattern":"^[^\\s@<>]+@[^\\s@<>]+$"},"name":{"type":"string"}}},"addresses":{"type":["string","object","array"],"pattern":"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$","additionalProperties":false,"required":["email"],"properties":{"email":{"type":"string","pattern":"^[^\\s@<>]+@[^\\s@<>]+$"},"name":{"type":"string"}},"contains":{},"items":{"$ref":"#/definitions/address"}}},"properties":{"personalizations":{"type":"array","contains":{},"maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["to"],"properties":{"to":{"type":"array","contains":{},"items":{"$ref":"#/definitions/address"}},"cc":{"type":"array","contains":{},"items":{"$ref":"#/definitions/address"}},"bcc":{"type":"array","contains":{},"items":{"$ref":"#/definitions/address"}},"from":{"$ref":"#/definitions/address"},"subject":{"type":"string","minLength":1},"headers":{"type":"object","additionalProperties":{"type":"string"}},"substitutions":{"type":"object","additionalProperties":{"type":"string"}},"dynamic_template_data":{"type":"object","additionalProperties":true},"custom_args":{"type":"object","additionalProperties":{"type":"string"}},"send_at":{"type":"integer","minimum":0}}}},"to":{"$ref":"#/definitions/addresses"},"cc":{"$ref":"#/definitions/addresses"},"bcc":{"$ref":"#/definitions/addresses"},"from":{"$ref":"#/definitions/address"},"reply_to":{"$ref":"#/definitions/address"},"reply_to_list":{"type":"array","contains":{},"maxItems":1000,"items":{"$ref":"#/definitions/address"}},"subject":{"type":"string","minLength":1},"text":{"type":"string","minLength":1},"html":{"type":"string","minLength":1},"content":{"type":"array","contains":{},"items":{"type":"object","additionalProperties":false,"required":["type","value"],"properties":{"type":{"type":"string","minLength":1},"value":{"type":"string","minLength":1}}}},"template_id":{"type":"string","minLength":1},"dynamic_template_data":{"type":"object","additionalProperties":true},"attachments":{"type":"array","contains":{},"items":{"type":"object","additionalProperties":false,"required":["content","filename"],"properties":{"content":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9+/]*={0,2}$"},"filename":{"type":"string","minLength":1},"type":{"type":"string","minLength":1},"disposition":{"type":"string","enum":["attachment","inline"]},"content_id":{"type":"string","minLength":1}}}},"categories":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":255}},"custom_args":{"type":"object","additionalProperties":{"type":"string"}},"send_at":{"type":"integer","minimum":0},"batch_id":{"type":"string","minLength":1},"asm":{"type":"object","additionalProperties":false,"required":["group_id"],"properties":{"group_id":{"type":"integer"},"groups_to_display":{"type":"array","maxItems":25,"items":{"type":"integer"}}}},"ip_pool_name":{"type":"string","minLength":2,"maxLength":64},"headers":{"type":"object","additionalProperties":{"type":"string"}},"sections":{"type":"object","additionalProperties":{"type":"string"}},"mail_settings":{"type":"object","additionalProperties":false,"properties":{"bypass_list_management":{"type":"object","additionalProperties":false,"properties":{"enable":{"type":"boolean"}}},"bypass_spam_management":{"type":"object","additionalProperties":false,"properties":{"enable":{"type":"boolean"}}},"bypass_bounce_management":{"type":"object","additionalProperties":false,"properties":{"enable":{"type":"boolean"}}},"bypass_unsubscribe_management":{"type":"object","additionalProperties":false,"properties":{"enable":{"type":"boolean"}}},"footer":{"type":"object","additionalProperties":false,"properties":{"enable":{"type":"boolean"},"text":{"type":"string"},"html":{"type":"string"}}},"sandbox_mode":{"type":"object","additionalProperties":false,"properties":{"enable":{"type":"boolean"}}}}},"tracking_settings":{"type":"object","additionalProperties":false,"properties":{"click_tracking":{"type":"object","additionalProperties":false,"properties":{"enable":{"type":"boolean"},"enable_text":{"type":"boolean"}}},"open_tracking":{"type":"object","additionalProperties":false,"properties":{"enable":{"type":"boolean"},"substitution_tag":{"type":"string"}}},"subscription_tracking":{"type":"object","additionalProperties":false,"properties":{"enable":{"type":"boolean"},"text":{"type":"string"},"html":{"type":"string"},"substitution_tag":{"type":"string"}}},"ganalytics":{"type":"object","additionalProperties":false,"properties":{"enable":{"type":"boolean"},"utm_source":{"type":"string"},"utm_medium":{"type":"string"},"utm_term":{"type":"string"},"utm_content":{"type":"string"},"utm_campaign":{"type":"string"}}}}}}};
const schema13 = {"type":["string","object"],"pattern":"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$","additionalProperties":false,"required":["email"],"properties":{"email":{"type":"string","pattern":"^[^\\s@<>]+@[^\\s@<>]+$"},"name":{"type":"string"}}};
const pattern1 = new RegExp("^d-", "u");
const pattern2 = new RegExp("^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$", "u");
const pattern3 = new RegExp("^[^\\s@<>]+@[^\\s@<>]+$", "u");
const pattern20 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
const schema17 = {"type":["string","object","array"],"pattern":"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$","additionalProperties":false,"required":["email"],"properties":{"email":{"type":"string","pattern":"^[^\\s@<>]+@[^\\s@<>]+$"},"name":{"type":"string"}},"contains":{},"items":{"$ref":"#/definitions/address"}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!data || typeof data != "object") && (typeof data !== "string")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema17.type},message:"must be string,object,array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data === "string"){
if(!pattern2.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"},message:"must match pattern \""+"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if((typeof data0 !== "string") && (!(data0 && typeof data0 == "object" && !Array.isArray(data0)))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/address/type",keyword:"type",params:{type: schema13.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"},message:"must match pattern \""+"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.email === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/address/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data0){
if(!((key0 === "email") || (key0 === "name"))){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.email !== undefined){
let data1 = data0.email;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err6 = {instancePath:instancePath+"/" + i0+"/email",schemaPath:"#/definitions/address/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@<>]+@[^\\s@<>]+$"},message:"must match pattern \""+"^[^\\s@<>]+@[^\\s@<>]+$"+"\""};
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
const err7 = {instancePath:instancePath+"/" + i0+"/email",schemaPath:"#/definitions/address/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err8 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/definitions/address/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
const len1 = data.length;
if(!(len1 >= 1)){
const err9 = {instancePath,schemaPath:"#/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data){
if(!((key1 === "email") || (key1 === "name"))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.email !== undefined){
let data3 = data.email;
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err12 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@<>]+@[^\\s@<>]+$"},message:"must match pattern \""+"^[^\\s@<>]+@[^\\s@<>]+$"+"\""};
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
const err13 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.personalizations === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "personalizations"},message:"must have required property '"+"personalizations"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.personalizations !== undefined){
if(!(Array.isArray(data.personalizations))){
const err1 = {instancePath:instancePath+"/personalizations",schemaPath:"#/oneOf/0/properties/personalizations/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.to === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.to !== undefined){
let data1 = data.to;
if((!data1 || typeof data1 != "object") && (typeof data1 !== "string")){
const err3 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/1/properties/to/type",keyword:"type",params:{type: schema12.oneOf[1].properties.to.type},message:"must be string,object,array"};
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
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
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
if(data.from === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema12.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.cc !== undefined){
if(data.to === undefined){
const err7 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "cc",
    missingProperty: "to",
    depsCount: 1,
    deps: "to"},message:"must have property to when property cc is present"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.bcc !== undefined){
if(data.to === undefined){
const err8 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "bcc",
    missingProperty: "to",
    depsCount: 1,
    deps: "to"},message:"must have property to when property bcc is present"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.text !== undefined){
if(data.to === undefined){
const err9 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "text",
    missingProperty: "to",
    depsCount: 1,
    deps: "to"},message:"must have property to when property text is present"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.html !== undefined){
if(data.to === undefined){
const err10 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "html",
    missingProperty: "to",
    depsCount: 1,
    deps: "to"},message:"must have property to when property html is present"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.dynamic_template_data !== undefined){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.to === undefined){
const err11 = {instancePath,schemaPath:"#/dependencies/dynamic_template_data/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.template_id === undefined){
const err12 = {instancePath,schemaPath:"#/dependencies/dynamic_template_data/required",keyword:"required",params:{missingProperty: "template_id"},message:"must have required property '"+"template_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.template_id !== undefined){
let data2 = data.template_id;
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err13 = {instancePath:instancePath+"/template_id",schemaPath:"#/dependencies/dynamic_template_data/properties/template_id/pattern",keyword:"pattern",params:{pattern: "^d-"},message:"must match pattern \""+"^d-"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/template_id",schemaPath:"#/dependencies/dynamic_template_data/properties/template_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
if(data.personalizations !== undefined){
let data3 = data.personalizations;
if(Array.isArray(data3)){
if(data3.length > 1000){
const err15 = {instancePath:instancePath+"/personalizations",schemaPath:"#/properties/personalizations/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.to === undefined){
const err16 = {instancePath:instancePath+"/personalizations/" + i0,schemaPath:"#/properties/personalizations/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data4){
if(!(func3.call(schema12.properties.personalizations.items.properties, key1))){
const err17 = {instancePath:instancePath+"/personalizations/" + i0,schemaPath:"#/properties/personalizations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.to !== undefined){
let data5 = data4.to;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if((typeof data6 !== "string") && (!(data6 && typeof data6 == "object" && !Array.isArray(data6)))){
const err18 = {instancePath:instancePath+"/personalizations/" + i0+"/to/" + i1,schemaPath:"#/definitions/address/type",keyword:"type",params:{type: schema13.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern2.test(data6)){
const err19 = {instancePath:instancePath+"/personalizations/" + i0+"/to/" + i1,schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"},message:"must match pattern \""+"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.email === undefined){
const err20 = {instancePath:instancePath+"/personalizations/" + i0+"/to/" + i1,schemaPath:"#/definitions/address/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data6){
if(!((key2 === "email") || (key2 === "name"))){
const err21 = {instancePath:instancePath+"/personalizations/" + i0+"/to/" + i1,schemaPath:"#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.email !== undefined){
let data7 = data6.email;
if(typeof data7 === "string"){
if(!pattern3.test(data7)){
const err22 = {instancePath:instancePath+"/personalizations/" + i0+"/to/" + i1+"/email",schemaPath:"#/definitions/address/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@<>]+@[^\\s@<>]+$"},message:"must match pattern \""+"^[^\\s@<>]+@[^\\s@<>]+$"+"\""};
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
const err23 = {instancePath:instancePath+"/personalizations/" + i0+"/to/" + i1+"/email",schemaPath:"#/definitions/address/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err24 = {instancePath:instancePath+"/personalizations/" + i0+"/to/" + i1+"/name",schemaPath:"#/definitions/address/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
const len2 = data5.length;
if(!(len2 >= 1)){
const err25 = {instancePath:instancePath+"/personalizations/" + i0+"/to",schemaPath:"#/properties/personalizations/items/properties/to/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
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
const err26 = {instancePath:instancePath+"/personalizations/" + i0+"/to",schemaPath:"#/properties/personalizations/items/properties/to/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data4.cc !== undefined){
let data9 = data4.cc;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i2=0; i2<len3; i2++){
let data10 = data9[i2];
if((typeof data10 !== "string") && (!(data10 && typeof data10 == "object" && !Array.isArray(data10)))){
const err27 = {instancePath:instancePath+"/personalizations/" + i0+"/cc/" + i2,schemaPath:"#/definitions/address/type",keyword:"type",params:{type: schema13.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data10 === "string"){
if(!pattern2.test(data10)){
const err28 = {instancePath:instancePath+"/personalizations/" + i0+"/cc/" + i2,schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"},message:"must match pattern \""+"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.email === undefined){
const err29 = {instancePath:instancePath+"/personalizations/" + i0+"/cc/" + i2,schemaPath:"#/definitions/address/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data10){
if(!((key3 === "email") || (key3 === "name"))){
const err30 = {instancePath:instancePath+"/personalizations/" + i0+"/cc/" + i2,schemaPath:"#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.email !== undefined){
let data11 = data10.email;
if(typeof data11 === "string"){
if(!pattern3.test(data11)){
const err31 = {instancePath:instancePath+"/personalizations/" + i0+"/cc/" + i2+"/email",schemaPath:"#/definitions/address/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@<>]+@[^\\s@<>]+$"},message:"must match pattern \""+"^[^\\s@<>]+@[^\\s@<>]+$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/personalizations/" + i0+"/cc/" + i2+"/email",schemaPath:"#/definitions/address/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.name !== undefined){
if(typeof data10.name !== "string"){
const err33 = {instancePath:instancePath+"/personalizations/" + i0+"/cc/" + i2+"/name",schemaPath:"#/definitions/address/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
const len4 = data9.length;
if(!(len4 >= 1)){
const err34 = {instancePath:instancePath+"/personalizations/" + i0+"/cc",schemaPath:"#/properties/personalizations/items/properties/cc/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/personalizations/" + i0+"/cc",schemaPath:"#/properties/personalizations/items/properties/cc/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data4.bcc !== undefined){
let data13 = data4.bcc;
if(Array.isArray(data13)){
const len5 = data13.length;
for(let i3=0; i3<len5; i3++){
let data14 = data13[i3];
if((typeof data14 !== "string") && (!(data14 && typeof data14 == "object" && !Array.isArray(data14)))){
const err36 = {instancePath:instancePath+"/personalizations/" + i0+"/bcc/" + i3,schemaPath:"#/definitions/address/type",keyword:"type",params:{type: schema13.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data14 === "string"){
if(!pattern2.test(data14)){
const err37 = {instancePath:instancePath+"/personalizations/" + i0+"/bcc/" + i3,schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"},message:"must match pattern \""+"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.email === undefined){
const err38 = {instancePath:instancePath+"/personalizations/" + i0+"/bcc/" + i3,schemaPath:"#/definitions/address/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key4 in data14){
if(!((key4 === "email") || (key4 === "name"))){
const err39 = {instancePath:instancePath+"/personalizations/" + i0+"/bcc/" + i3,schemaPath:"#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data14.email !== undefined){
let data15 = data14.email;
if(typeof data15 === "string"){
if(!pattern3.test(data15)){
const err40 = {instancePath:instancePath+"/personalizations/" + i0+"/bcc/" + i3+"/email",schemaPath:"#/definitions/address/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@<>]+@[^\\s@<>]+$"},message:"must match pattern \""+"^[^\\s@<>]+@[^\\s@<>]+$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/personalizations/" + i0+"/bcc/" + i3+"/email",schemaPath:"#/definitions/address/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data14.name !== undefined){
if(typeof data14.name !== "string"){
const err42 = {instancePath:instancePath+"/personalizations/" + i0+"/bcc/" + i3+"/name",schemaPath:"#/definitions/address/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
const len6 = data13.length;
if(!(len6 >= 1)){
const err43 = {instancePath:instancePath+"/personalizations/" + i0+"/bcc",schemaPath:"#/properties/personalizations/items/properties/bcc/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
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
const err44 = {instancePath:instancePath+"/personalizations/" + i0+"/bcc",schemaPath:"#/properties/personalizations/items/properties/bcc/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data4.from !== undefined){
let data17 = data4.from;
if((typeof data17 !== "string") && (!(data17 && typeof data17 == "object" && !Array.isArray(data17)))){
const err45 = {instancePath:instancePath+"/personalizations/" + i0+"/from",schemaPath:"#/definitions/address/type",keyword:"type",params:{type: schema13.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(typeof data17 === "string"){
if(!pattern2.test(data17)){
const err46 = {instancePath:instancePath+"/personalizations/" + i0+"/from",schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"},message:"must match pattern \""+"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.email === undefined){
const err47 = {instancePath:instancePath+"/personalizations/" + i0+"/from",schemaPath:"#/definitions/address/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key5 in data17){
if(!((key5 === "email") || (key5 === "name"))){
const err48 = {instancePath:instancePath+"/personalizations/" + i0+"/from",schemaPath:"#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data17.email !== undefined){
let data18 = data17.email;
if(typeof data18 === "string"){
if(!pattern3.test(data18)){
const err49 = {instancePath:instancePath+"/personalizations/" + i0+"/from/email",schemaPath:"#/definitions/address/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@<>]+@[^\\s@<>]+$"},message:"must match pattern \""+"^[^\\s@<>]+@[^\\s@<>]+$"+"\""};
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
const err50 = {instancePath:instancePath+"/personalizations/" + i0+"/from/email",schemaPath:"#/definitions/address/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data17.name !== undefined){
if(typeof data17.name !== "string"){
const err51 = {instancePath:instancePath+"/personalizations/" + i0+"/from/name",schemaPath:"#/definitions/address/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
if(data4.subject !== undefined){
let data20 = data4.subject;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err52 = {instancePath:instancePath+"/personalizations/" + i0+"/subject",schemaPath:"#/properties/personalizations/items/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err53 = {instancePath:instancePath+"/personalizations/" + i0+"/subject",schemaPath:"#/properties/personalizations/items/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data4.headers !== undefined){
let data21 = data4.headers;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key6 in data21){
if(typeof data21[key6] !== "string"){
const err54 = {instancePath:instancePath+"/personalizations/" + i0+"/headers/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/personalizations/items/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/personalizations/" + i0+"/headers",schemaPath:"#/properties/personalizations/items/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data4.substitutions !== undefined){
let data23 = data4.substitutions;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key7 in data23){
if(typeof data23[key7] !== "string"){
const err56 = {instancePath:instancePath+"/personalizations/" + i0+"/substitutions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/personalizations/items/properties/substitutions/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/personalizations/" + i0+"/substitutions",schemaPath:"#/properties/personalizations/items/properties/substitutions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data4.dynamic_template_data !== undefined){
let data25 = data4.dynamic_template_data;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
}
else {
const err58 = {instancePath:instancePath+"/personalizations/" + i0+"/dynamic_template_data",schemaPath:"#/properties/personalizations/items/properties/dynamic_template_data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data4.custom_args !== undefined){
let data26 = data4.custom_args;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key8 in data26){
if(typeof data26[key8] !== "string"){
const err59 = {instancePath:instancePath+"/personalizations/" + i0+"/custom_args/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/personalizations/items/properties/custom_args/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err60 = {instancePath:instancePath+"/personalizations/" + i0+"/custom_args",schemaPath:"#/properties/personalizations/items/properties/custom_args/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data4.send_at !== undefined){
let data28 = data4.send_at;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err61 = {instancePath:instancePath+"/personalizations/" + i0+"/send_at",schemaPath:"#/properties/personalizations/items/properties/send_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err62 = {instancePath:instancePath+"/personalizations/" + i0+"/send_at",schemaPath:"#/properties/personalizations/items/properties/send_at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err63 = {instancePath:instancePath+"/personalizations/" + i0,schemaPath:"#/properties/personalizations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
const len7 = data3.length;
if(!(len7 >= 1)){
const err64 = {instancePath:instancePath+"/personalizations",schemaPath:"#/properties/personalizations/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
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
const err65 = {instancePath:instancePath+"/personalizations",schemaPath:"#/properties/personalizations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.to !== undefined){
if(!(validate12(data.to, {instancePath:instancePath+"/to",parentData:data,parentDataProperty:"to",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.cc !== undefined){
if(!(validate12(data.cc, {instancePath:instancePath+"/cc",parentData:data,parentDataProperty:"cc",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.bcc !== undefined){
if(!(validate12(data.bcc, {instancePath:instancePath+"/bcc",parentData:data,parentDataProperty:"bcc",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.from !== undefined){
let data32 = data.from;
if((typeof data32 !== "string") && (!(data32 && typeof data32 == "object" && !Array.isArray(data32)))){
const err66 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/address/type",keyword:"type",params:{type: schema13.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(typeof data32 === "string"){
if(!pattern2.test(data32)){
const err67 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"},message:"must match pattern \""+"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.email === undefined){
const err68 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/address/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
for(const key9 in data32){
if(!((key9 === "email") || (key9 === "name"))){
const err69 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data32.email !== undefined){
let data33 = data32.email;
if(typeof data33 === "string"){
if(!pattern3.test(data33)){
const err70 = {instancePath:instancePath+"/from/email",schemaPath:"#/definitions/address/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@<>]+@[^\\s@<>]+$"},message:"must match pattern \""+"^[^\\s@<>]+@[^\\s@<>]+$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/from/email",schemaPath:"#/definitions/address/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data32.name !== undefined){
if(typeof data32.name !== "string"){
const err72 = {instancePath:instancePath+"/from/name",schemaPath:"#/definitions/address/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
}
if(data.reply_to !== undefined){
let data35 = data.reply_to;
if((typeof data35 !== "string") && (!(data35 && typeof data35 == "object" && !Array.isArray(data35)))){
const err73 = {instancePath:instancePath+"/reply_to",schemaPath:"#/definitions/address/type",keyword:"type",params:{type: schema13.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(typeof data35 === "string"){
if(!pattern2.test(data35)){
const err74 = {instancePath:instancePath+"/reply_to",schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"},message:"must match pattern \""+"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.email === undefined){
const err75 = {instancePath:instancePath+"/reply_to",schemaPath:"#/definitions/address/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key10 in data35){
if(!((key10 === "email") || (key10 === "name"))){
const err76 = {instancePath:instancePath+"/reply_to",schemaPath:"#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data35.email !== undefined){
let data36 = data35.email;
if(typeof data36 === "string"){
if(!pattern3.test(data36)){
const err77 = {instancePath:instancePath+"/reply_to/email",schemaPath:"#/definitions/address/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@<>]+@[^\\s@<>]+$"},message:"must match pattern \""+"^[^\\s@<>]+@[^\\s@<>]+$"+"\""};
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
const err78 = {instancePath:instancePath+"/reply_to/email",schemaPath:"#/definitions/address/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data35.name !== undefined){
if(typeof data35.name !== "string"){
const err79 = {instancePath:instancePath+"/reply_to/name",schemaPath:"#/definitions/address/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
if(data.reply_to_list !== undefined){
let data38 = data.reply_to_list;
if(Array.isArray(data38)){
if(data38.length > 1000){
const err80 = {instancePath:instancePath+"/reply_to_list",schemaPath:"#/properties/reply_to_list/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
const len8 = data38.length;
for(let i4=0; i4<len8; i4++){
let data39 = data38[i4];
if((typeof data39 !== "string") && (!(data39 && typeof data39 == "object" && !Array.isArray(data39)))){
const err81 = {instancePath:instancePath+"/reply_to_list/" + i4,schemaPath:"#/definitions/address/type",keyword:"type",params:{type: schema13.type},message:"must be string,object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(typeof data39 === "string"){
if(!pattern2.test(data39)){
const err82 = {instancePath:instancePath+"/reply_to_list/" + i4,schemaPath:"#/definitions/address/pattern",keyword:"pattern",params:{pattern: "^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"},message:"must match pattern \""+"^(?:[^<>]*<[^\\s@<>]+@[^\\s@<>]+>|[^\\s@<>]+@[^\\s@<>]+)$"+"\""};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.email === undefined){
const err83 = {instancePath:instancePath+"/reply_to_list/" + i4,schemaPath:"#/definitions/address/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
for(const key11 in data39){
if(!((key11 === "email") || (key11 === "name"))){
const err84 = {instancePath:instancePath+"/reply_to_list/" + i4,schemaPath:"#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data39.email !== undefined){
let data40 = data39.email;
if(typeof data40 === "string"){
if(!pattern3.test(data40)){
const err85 = {instancePath:instancePath+"/reply_to_list/" + i4+"/email",schemaPath:"#/definitions/address/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^\\s@<>]+@[^\\s@<>]+$"},message:"must match pattern \""+"^[^\\s@<>]+@[^\\s@<>]+$"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/reply_to_list/" + i4+"/email",schemaPath:"#/definitions/address/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data39.name !== undefined){
if(typeof data39.name !== "string"){
const err87 = {instancePath:instancePath+"/reply_to_list/" + i4+"/name",schemaPath:"#/definitions/address/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
}
const len9 = data38.length;
if(!(len9 >= 1)){
const err88 = {instancePath:instancePath+"/reply_to_list",schemaPath:"#/properties/reply_to_list/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/reply_to_list",schemaPath:"#/properties/reply_to_list/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.subject !== undefined){
let data42 = data.subject;
if(typeof data42 === "string"){
if(func2(data42) < 1){
const err90 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.text !== undefined){
let data43 = data.text;
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err92 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.html !== undefined){
let data44 = data.html;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err94 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/html",schemaPath:"#/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.content !== undefined){
let data45 = data.content;
if(Array.isArray(data45)){
const len10 = data45.length;
for(let i5=0; i5<len10; i5++){
let data46 = data45[i5];
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.type === undefined){
const err96 = {instancePath:instancePath+"/content/" + i5,schemaPath:"#/properties/content/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data46.value === undefined){
const err97 = {instancePath:instancePath+"/content/" + i5,schemaPath:"#/properties/content/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
for(const key12 in data46){
if(!((key12 === "type") || (key12 === "value"))){
const err98 = {instancePath:instancePath+"/content/" + i5,schemaPath:"#/properties/content/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data46.type !== undefined){
let data47 = data46.type;
if(typeof data47 === "string"){
if(func2(data47) < 1){
const err99 = {instancePath:instancePath+"/content/" + i5+"/type",schemaPath:"#/properties/content/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/content/" + i5+"/type",schemaPath:"#/properties/content/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data46.value !== undefined){
let data48 = data46.value;
if(typeof data48 === "string"){
if(func2(data48) < 1){
const err101 = {instancePath:instancePath+"/content/" + i5+"/value",schemaPath:"#/properties/content/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/content/" + i5+"/value",schemaPath:"#/properties/content/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/content/" + i5,schemaPath:"#/properties/content/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
const len11 = data45.length;
if(!(len11 >= 1)){
const err104 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.template_id !== undefined){
let data49 = data.template_id;
if(typeof data49 === "string"){
if(func2(data49) < 1){
const err106 = {instancePath:instancePath+"/template_id",schemaPath:"#/properties/template_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/template_id",schemaPath:"#/properties/template_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.dynamic_template_data !== undefined){
let data50 = data.dynamic_template_data;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
}
else {
const err108 = {instancePath:instancePath+"/dynamic_template_data",schemaPath:"#/properties/dynamic_template_data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.attachments !== undefined){
let data51 = data.attachments;
if(Array.isArray(data51)){
const len12 = data51.length;
for(let i6=0; i6<len12; i6++){
let data52 = data51[i6];
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.content === undefined){
const err109 = {instancePath:instancePath+"/attachments/" + i6,schemaPath:"#/properties/attachments/items/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data52.filename === undefined){
const err110 = {instancePath:instancePath+"/attachments/" + i6,schemaPath:"#/properties/attachments/items/required",keyword:"required",params:{missingProperty: "filename"},message:"must have required property '"+"filename"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key13 in data52){
if(!(((((key13 === "content") || (key13 === "filename")) || (key13 === "type")) || (key13 === "disposition")) || (key13 === "content_id"))){
const err111 = {instancePath:instancePath+"/attachments/" + i6,schemaPath:"#/properties/attachments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data52.content !== undefined){
let data53 = data52.content;
if(typeof data53 === "string"){
if(func2(data53) < 1){
const err112 = {instancePath:instancePath+"/attachments/" + i6+"/content",schemaPath:"#/properties/attachments/items/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!pattern20.test(data53)){
const err113 = {instancePath:instancePath+"/attachments/" + i6+"/content",schemaPath:"#/properties/attachments/items/properties/content/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]*={0,2}$"},message:"must match pattern \""+"^[A-Za-z0-9+/]*={0,2}$"+"\""};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/attachments/" + i6+"/content",schemaPath:"#/properties/attachments/items/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data52.filename !== undefined){
let data54 = data52.filename;
if(typeof data54 === "string"){
if(func2(data54) < 1){
const err115 = {instancePath:instancePath+"/attachments/" + i6+"/filename",schemaPath:"#/properties/attachments/items/properties/filename/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err116 = {instancePath:instancePath+"/attachments/" + i6+"/filename",schemaPath:"#/properties/attachments/items/properties/filename/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data52.type !== undefined){
let data55 = data52.type;
if(typeof data55 === "string"){
if(func2(data55) < 1){
const err117 = {instancePath:instancePath+"/attachments/" + i6+"/type",schemaPath:"#/properties/attachments/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/attachments/" + i6+"/type",schemaPath:"#/properties/attachments/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data52.disposition !== undefined){
let data56 = data52.disposition;
if(typeof data56 !== "string"){
const err119 = {instancePath:instancePath+"/attachments/" + i6+"/disposition",schemaPath:"#/properties/attachments/items/properties/disposition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(!((data56 === "attachment") || (data56 === "inline"))){
const err120 = {instancePath:instancePath+"/attachments/" + i6+"/disposition",schemaPath:"#/properties/attachments/items/properties/disposition/enum",keyword:"enum",params:{allowedValues: schema12.properties.attachments.items.properties.disposition.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data52.content_id !== undefined){
let data57 = data52.content_id;
if(typeof data57 === "string"){
if(func2(data57) < 1){
const err121 = {instancePath:instancePath+"/attachments/" + i6+"/content_id",schemaPath:"#/properties/attachments/items/properties/content_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/attachments/" + i6+"/content_id",schemaPath:"#/properties/attachments/items/properties/content_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/attachments/" + i6,schemaPath:"#/properties/attachments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
const len13 = data51.length;
if(!(len13 >= 1)){
const err124 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.categories !== undefined){
let data58 = data.categories;
if(Array.isArray(data58)){
const len14 = data58.length;
for(let i7=0; i7<len14; i7++){
let data59 = data58[i7];
if(typeof data59 === "string"){
if(func2(data59) > 255){
const err126 = {instancePath:instancePath+"/categories/" + i7,schemaPath:"#/properties/categories/items/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(func2(data59) < 1){
const err127 = {instancePath:instancePath+"/categories/" + i7,schemaPath:"#/properties/categories/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/categories/" + i7,schemaPath:"#/properties/categories/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
let i8 = data58.length;
let j0;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data58[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err129 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i8+" are identical)"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
break;
}
indices0[item0] = i8;
}
}
}
else {
const err130 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data.custom_args !== undefined){
let data60 = data.custom_args;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
for(const key14 in data60){
if(typeof data60[key14] !== "string"){
const err131 = {instancePath:instancePath+"/custom_args/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/custom_args/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/custom_args",schemaPath:"#/properties/custom_args/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.send_at !== undefined){
let data62 = data.send_at;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err133 = {instancePath:instancePath+"/send_at",schemaPath:"#/properties/send_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 0 || isNaN(data62)){
const err134 = {instancePath:instancePath+"/send_at",schemaPath:"#/properties/send_at/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
if(data.batch_id !== undefined){
let data63 = data.batch_id;
if(typeof data63 === "string"){
if(func2(data63) < 1){
const err135 = {instancePath:instancePath+"/batch_id",schemaPath:"#/properties/batch_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/batch_id",schemaPath:"#/properties/batch_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data.asm !== undefined){
let data64 = data.asm;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.group_id === undefined){
const err137 = {instancePath:instancePath+"/asm",schemaPath:"#/properties/asm/required",keyword:"required",params:{missingProperty: "group_id"},message:"must have required property '"+"group_id"+"'"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
for(const key15 in data64){
if(!((key15 === "group_id") || (key15 === "groups_to_display"))){
const err138 = {instancePath:instancePath+"/asm",schemaPath:"#/properties/asm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data64.group_id !== undefined){
let data65 = data64.group_id;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
const err139 = {instancePath:instancePath+"/asm/group_id",schemaPath:"#/properties/asm/properties/group_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data64.groups_to_display !== undefined){
let data66 = data64.groups_to_display;
if(Array.isArray(data66)){
if(data66.length > 25){
const err140 = {instancePath:instancePath+"/asm/groups_to_display",schemaPath:"#/properties/asm/properties/groups_to_display/maxItems",keyword:"maxItems",params:{limit: 25},message:"must NOT have more than 25 items"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
const len15 = data66.length;
for(let i9=0; i9<len15; i9++){
let data67 = data66[i9];
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err141 = {instancePath:instancePath+"/asm/groups_to_display/" + i9,schemaPath:"#/properties/asm/properties/groups_to_display/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/asm/groups_to_display",schemaPath:"#/properties/asm/properties/groups_to_display/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/asm",schemaPath:"#/properties/asm/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data.ip_pool_name !== undefined){
let data68 = data.ip_pool_name;
if(typeof data68 === "string"){
if(func2(data68) > 64){
const err144 = {instancePath:instancePath+"/ip_pool_name",schemaPath:"#/properties/ip_pool_name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(func2(data68) < 2){
const err145 = {instancePath:instancePath+"/ip_pool_name",schemaPath:"#/properties/ip_pool_name/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/ip_pool_name",schemaPath:"#/properties/ip_pool_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data.headers !== undefined){
let data69 = data.headers;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key16 in data69){
if(typeof data69[key16] !== "string"){
const err147 = {instancePath:instancePath+"/headers/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data.sections !== undefined){
let data71 = data.sections;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
for(const key17 in data71){
if(typeof data71[key17] !== "string"){
const err149 = {instancePath:instancePath+"/sections/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sections/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
else {
const err150 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data.mail_settings !== undefined){
let data73 = data.mail_settings;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key18 in data73){
if(!((((((key18 === "bypass_list_management") || (key18 === "bypass_spam_management")) || (key18 === "bypass_bounce_management")) || (key18 === "bypass_unsubscribe_management")) || (key18 === "footer")) || (key18 === "sandbox_mode"))){
const err151 = {instancePath:instancePath+"/mail_settings",schemaPath:"#/properties/mail_settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data73.bypass_list_management !== undefined){
let data74 = data73.bypass_list_management;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
for(const key19 in data74){
if(!(key19 === "enable")){
const err152 = {instancePath:instancePath+"/mail_settings/bypass_list_management",schemaPath:"#/properties/mail_settings/properties/bypass_list_management/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data74.enable !== undefined){
if(typeof data74.enable !== "boolean"){
const err153 = {instancePath:instancePath+"/mail_settings/bypass_list_management/enable",schemaPath:"#/properties/mail_settings/properties/bypass_list_management/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/mail_settings/bypass_list_management",schemaPath:"#/properties/mail_settings/properties/bypass_list_management/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data73.bypass_spam_management !== undefined){
let data76 = data73.bypass_spam_management;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
for(const key20 in data76){
if(!(key20 === "enable")){
const err155 = {instancePath:instancePath+"/mail_settings/bypass_spam_management",schemaPath:"#/properties/mail_settings/properties/bypass_spam_management/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data76.enable !== undefined){
if(typeof data76.enable !== "boolean"){
const err156 = {instancePath:instancePath+"/mail_settings/bypass_spam_management/enable",schemaPath:"#/properties/mail_settings/properties/bypass_spam_management/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/mail_settings/bypass_spam_management",schemaPath:"#/properties/mail_settings/properties/bypass_spam_management/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data73.bypass_bounce_management !== undefined){
let data78 = data73.bypass_bounce_management;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
for(const key21 in data78){
if(!(key21 === "enable")){
const err158 = {instancePath:instancePath+"/mail_settings/bypass_bounce_management",schemaPath:"#/properties/mail_settings/properties/bypass_bounce_management/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data78.enable !== undefined){
if(typeof data78.enable !== "boolean"){
const err159 = {instancePath:instancePath+"/mail_settings/bypass_bounce_management/enable",schemaPath:"#/properties/mail_settings/properties/bypass_bounce_management/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/mail_settings/bypass_bounce_management",schemaPath:"#/properties/mail_settings/properties/bypass_bounce_management/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data73.bypass_unsubscribe_management !== undefined){
let data80 = data73.bypass_unsubscribe_management;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key22 in data80){
if(!(key22 === "enable")){
const err161 = {instancePath:instancePath+"/mail_settings/bypass_unsubscribe_management",schemaPath:"#/properties/mail_settings/properties/bypass_unsubscribe_management/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data80.enable !== undefined){
if(typeof data80.enable !== "boolean"){
const err162 = {instancePath:instancePath+"/mail_settings/bypass_unsubscribe_management/enable",schemaPath:"#/properties/mail_settings/properties/bypass_unsubscribe_management/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/mail_settings/bypass_unsubscribe_management",schemaPath:"#/properties/mail_settings/properties/bypass_unsubscribe_management/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data73.footer !== undefined){
let data82 = data73.footer;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
for(const key23 in data82){
if(!(((key23 === "enable") || (key23 === "text")) || (key23 === "html"))){
const err164 = {instancePath:instancePath+"/mail_settings/footer",schemaPath:"#/properties/mail_settings/properties/footer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data82.enable !== undefined){
if(typeof data82.enable !== "boolean"){
const err165 = {instancePath:instancePath+"/mail_settings/footer/enable",schemaPath:"#/properties/mail_settings/properties/footer/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data82.text !== undefined){
if(typeof data82.text !== "string"){
const err166 = {instancePath:instancePath+"/mail_settings/footer/text",schemaPath:"#/properties/mail_settings/properties/footer/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data82.html !== undefined){
if(typeof data82.html !== "string"){
const err167 = {instancePath:instancePath+"/mail_settings/footer/html",schemaPath:"#/properties/mail_settings/properties/footer/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/mail_settings/footer",schemaPath:"#/properties/mail_settings/properties/footer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data73.sandbox_mode !== undefined){
let data86 = data73.sandbox_mode;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
for(const key24 in data86){
if(!(key24 === "enable")){
const err169 = {instancePath:instancePath+"/mail_settings/sandbox_mode",schemaPath:"#/properties/mail_settings/properties/sandbox_mode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data86.enable !== undefined){
if(typeof data86.enable !== "boolean"){
const err170 = {instancePath:instancePath+"/mail_settings/sandbox_mode/enable",schemaPath:"#/properties/mail_settings/properties/sandbox_mode/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/mail_settings/sandbox_mode",schemaPath:"#/properties/mail_settings/properties/sandbox_mode/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/mail_settings",schemaPath:"#/properties/mail_settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data.tracking_settings !== undefined){
let data88 = data.tracking_settings;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
for(const key25 in data88){
if(!((((key25 === "click_tracking") || (key25 === "open_tracking")) || (key25 === "subscription_tracking")) || (key25 === "ganalytics"))){
const err173 = {instancePath:instancePath+"/tracking_settings",schemaPath:"#/properties/tracking_settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data88.click_tracking !== undefined){
let data89 = data88.click_tracking;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
for(const key26 in data89){
if(!((key26 === "enable") || (key26 === "enable_text"))){
const err174 = {instancePath:instancePath+"/tracking_settings/click_tracking",schemaPath:"#/properties/tracking_settings/properties/click_tracking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data89.enable !== undefined){
if(typeof data89.enable !== "boolean"){
const err175 = {instancePath:instancePath+"/tracking_settings/click_tracking/enable",schemaPath:"#/properties/tracking_settings/properties/click_tracking/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data89.enable_text !== undefined){
if(typeof data89.enable_text !== "boolean"){
const err176 = {instancePath:instancePath+"/tracking_settings/click_tracking/enable_text",schemaPath:"#/properties/tracking_settings/properties/click_tracking/properties/enable_text/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/tracking_settings/click_tracking",schemaPath:"#/properties/tracking_settings/properties/click_tracking/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data88.open_tracking !== undefined){
let data92 = data88.open_tracking;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
for(const key27 in data92){
if(!((key27 === "enable") || (key27 === "substitution_tag"))){
const err178 = {instancePath:instancePath+"/tracking_settings/open_tracking",schemaPath:"#/properties/tracking_settings/properties/open_tracking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data92.enable !== undefined){
if(typeof data92.enable !== "boolean"){
const err179 = {instancePath:instancePath+"/tracking_settings/open_tracking/enable",schemaPath:"#/properties/tracking_settings/properties/open_tracking/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data92.substitution_tag !== undefined){
if(typeof data92.substitution_tag !== "string"){
const err180 = {instancePath:instancePath+"/tracking_settings/open_tracking/substitution_tag",schemaPath:"#/properties/tracking_settings/properties/open_tracking/properties/substitution_tag/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/tracking_settings/open_tracking",schemaPath:"#/properties/tracking_settings/properties/open_tracking/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data88.subscription_tracking !== undefined){
let data95 = data88.subscription_tracking;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
for(const key28 in data95){
if(!((((key28 === "enable") || (key28 === "text")) || (key28 === "html")) || (key28 === "substitution_tag"))){
const err182 = {instancePath:instancePath+"/tracking_settings/subscription_tracking",schemaPath:"#/properties/tracking_settings/properties/subscription_tracking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data95.enable !== undefined){
if(typeof data95.enable !== "boolean"){
const err183 = {instancePath:instancePath+"/tracking_settings/subscription_tracking/enable",schemaPath:"#/properties/tracking_settings/properties/subscription_tracking/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data95.text !== undefined){
if(typeof data95.text !== "string"){
const err184 = {instancePath:instancePath+"/tracking_settings/subscription_tracking/text",schemaPath:"#/properties/tracking_settings/properties/subscription_tracking/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data95.html !== undefined){
if(typeof data95.html !== "string"){
const err185 = {instancePath:instancePath+"/tracking_settings/subscription_tracking/html",schemaPath:"#/properties/tracking_settings/properties/subscription_tracking/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data95.substitution_tag !== undefined){
if(typeof data95.substitution_tag !== "string"){
const err186 = {instancePath:instancePath+"/tracking_settings/subscription_tracking/substitution_tag",schemaPath:"#/properties/tracking_settings/properties/subscription_tracking/properties/substitution_tag/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
else {
const err187 = {instancePath:instancePath+"/tracking_settings/subscription_tracking",schemaPath:"#/properties/tracking_settings/properties/subscription_tracking/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data88.ganalytics !== undefined){
let data100 = data88.ganalytics;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key29 in data100){
if(!((((((key29 === "enable") || (key29 === "utm_source")) || (key29 === "utm_medium")) || (key29 === "utm_term")) || (key29 === "utm_content")) || (key29 === "utm_campaign"))){
const err188 = {instancePath:instancePath+"/tracking_settings/ganalytics",schemaPath:"#/properties/tracking_settings/properties/ganalytics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data100.enable !== undefined){
if(typeof data100.enable !== "boolean"){
const err189 = {instancePath:instancePath+"/tracking_settings/ganalytics/enable",schemaPath:"#/properties/tracking_settings/properties/ganalytics/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data100.utm_source !== undefined){
if(typeof data100.utm_source !== "string"){
const err190 = {instancePath:instancePath+"/tracking_settings/ganalytics/utm_source",schemaPath:"#/properties/tracking_settings/properties/ganalytics/properties/utm_source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data100.utm_medium !== undefined){
if(typeof data100.utm_medium !== "string"){
const err191 = {instancePath:instancePath+"/tracking_settings/ganalytics/utm_medium",schemaPath:"#/properties/tracking_settings/properties/ganalytics/properties/utm_medium/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data100.utm_term !== undefined){
if(typeof data100.utm_term !== "string"){
const err192 = {instancePath:instancePath+"/tracking_settings/ganalytics/utm_term",schemaPath:"#/properties/tracking_settings/properties/ganalytics/properties/utm_term/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data100.utm_content !== undefined){
if(typeof data100.utm_content !== "string"){
const err193 = {instancePath:instancePath+"/tracking_settings/ganalytics/utm_content",schemaPath:"#/properties/tracking_settings/properties/ganalytics/properties/utm_content/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data100.utm_campaign !== undefined){
if(typeof data100.utm_campaign !== "string"){
const err194 = {instancePath:instancePath+"/tracking_settings/ganalytics/utm_campaign",schemaPath:"#/properties/tracking_settings/properties/ganalytics/properties/utm_campaign/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
else {
const err195 = {instancePath:instancePath+"/tracking_settings/ganalytics",schemaPath:"#/properties/tracking_settings/properties/ganalytics/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath:instancePath+"/tracking_settings",schemaPath:"#/properties/tracking_settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}