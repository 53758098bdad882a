// Generated from connectors/slack by `pnpm codegen --write`. Do not edit.
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
export const validateChatPostMessage: GeneratedValidator = validate10;
const schema11 = {"type":"object","additionalProperties":false,"anyOf":[{"required":["text"],"properties":{"text":{"type":"string"}}},{"required":["blocks"],"properties":{"blocks":{"type":"array"}}},{"required":["attachments"],"properties":{"attachments":{"type":"array"}}}],"required":["channel"],"properties":{"channel":{"type":"string","minLength":1},"text":{"type":"string"},"blocks":{"type":"array","maxItems":50,"items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}},"attachments":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"fallback":{"type":"string"},"color":{"type":"string"},"pretext":{"type":"string"},"author_name":{"type":"string"},"author_link":{"type":"string"},"author_icon":{"type":"string"},"title":{"type":"string"},"title_link":{"type":"string"},"text":{"type":"string"},"fields":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"value":{"type":"string"},"short":{"type":"boolean"}}}},"image_url":{"type":"string"},"thumb_url":{"type":"string"},"footer":{"type":"string"},"footer_icon":{"type":"string"},"ts":{"type":["integer","string"]},"mrkdwn_in":{"type":"array","items":{"type":"string","enum":["pretext","text","fields"]}},"blocks":{"type":"array","items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}}}}},"thread_ts":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$"},"reply_broadcast":{"type":"boolean"},"mrkdwn":{"type":"boolean"},"unfurl_links":{"type":"boolean"},"unfurl_media":{"type":"boolean"},"username":{"type":"string"},"icon_emoji":{"type":"string"},"icon_url":{"type":"string"},"metadata":{"type":"object","additionalProperties":false,"required":["event_type","event_payload"],"properties":{"event_type":{"type":"string","minLength":1},"event_payload":{"type":"object","additionalProperties":true}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ajvRuntime_ucs2length;
const pattern0 = new RegExp("^[0-9]+\\.[0-9]+$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err1 = {instancePath:instancePath+"/text",schemaPath:"#/anyOf/0/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.blocks === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "blocks"},message:"must have required property '"+"blocks"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.blocks !== undefined){
if(!(Array.isArray(data.blocks))){
const err3 = {instancePath:instancePath+"/blocks",schemaPath:"#/anyOf/1/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
if(!valid0){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attachments === undefined){
const err4 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "attachments"},message:"must have required property '"+"attachments"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.attachments !== undefined){
if(!(Array.isArray(data.attachments))){
const err5 = {instancePath:instancePath+"/attachments",schemaPath:"#/anyOf/2/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
var _valid0 = _errs8 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(data.channel === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.channel !== undefined){
let data3 = data.channel;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err9 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err11 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.blocks !== undefined){
let data5 = data.blocks;
if(Array.isArray(data5)){
if(data5.length > 50){
const err12 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.type === undefined){
const err13 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.type !== undefined){
let data7 = data6.type;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err14 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.block_id !== undefined){
let data8 = data6.block_id;
if(typeof data8 === "string"){
if(func3(data8) > 255){
const err16 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err17 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.attachments !== undefined){
let data9 = data.attachments;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
if(!(func2.call(schema11.properties.attachments.items.properties, key1))){
const err20 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.fallback !== undefined){
if(typeof data10.fallback !== "string"){
const err21 = {instancePath:instancePath+"/attachments/" + i1+"/fallback",schemaPath:"#/properties/attachments/items/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.color !== undefined){
if(typeof data10.color !== "string"){
const err22 = {instancePath:instancePath+"/attachments/" + i1+"/color",schemaPath:"#/properties/attachments/items/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.pretext !== undefined){
if(typeof data10.pretext !== "string"){
const err23 = {instancePath:instancePath+"/attachments/" + i1+"/pretext",schemaPath:"#/properties/attachments/items/properties/pretext/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.author_name !== undefined){
if(typeof data10.author_name !== "string"){
const err24 = {instancePath:instancePath+"/attachments/" + i1+"/author_name",schemaPath:"#/properties/attachments/items/properties/author_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.author_link !== undefined){
if(typeof data10.author_link !== "string"){
const err25 = {instancePath:instancePath+"/attachments/" + i1+"/author_link",schemaPath:"#/properties/attachments/items/properties/author_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.author_icon !== undefined){
if(typeof data10.author_icon !== "string"){
const err26 = {instancePath:instancePath+"/attachments/" + i1+"/author_icon",schemaPath:"#/properties/attachments/items/properties/author_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.title !== undefined){
if(typeof data10.title !== "string"){
const err27 = {instancePath:instancePath+"/attachments/" + i1+"/title",schemaPath:"#/properties/attachments/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.title_link !== undefined){
if(typeof data10.title_link !== "string"){
const err28 = {instancePath:instancePath+"/attachments/" + i1+"/title_link",schemaPath:"#/properties/attachments/items/properties/title_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.text !== undefined){
if(typeof data10.text !== "string"){
const err29 = {instancePath:instancePath+"/attachments/" + i1+"/text",schemaPath:"#/properties/attachments/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.fields !== undefined){
let data20 = data10.fields;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key2 in data21){
if(!(((key2 === "title") || (key2 === "value")) || (key2 === "short"))){
const err30 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data21.title !== undefined){
if(typeof data21.title !== "string"){
const err31 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/title",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data21.value !== undefined){
if(typeof data21.value !== "string"){
const err32 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/value",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data21.short !== undefined){
if(typeof data21.short !== "boolean"){
const err33 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/short",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/short/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err34 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err35 = {instancePath:instancePath+"/attachments/" + i1+"/fields",schemaPath:"#/properties/attachments/items/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.image_url !== undefined){
if(typeof data10.image_url !== "string"){
const err36 = {instancePath:instancePath+"/attachments/" + i1+"/image_url",schemaPath:"#/properties/attachments/items/properties/image_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data10.thumb_url !== undefined){
if(typeof data10.thumb_url !== "string"){
const err37 = {instancePath:instancePath+"/attachments/" + i1+"/thumb_url",schemaPath:"#/properties/attachments/items/properties/thumb_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data10.footer !== undefined){
if(typeof data10.footer !== "string"){
const err38 = {instancePath:instancePath+"/attachments/" + i1+"/footer",schemaPath:"#/properties/attachments/items/properties/footer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data10.footer_icon !== undefined){
if(typeof data10.footer_icon !== "string"){
const err39 = {instancePath:instancePath+"/attachments/" + i1+"/footer_icon",schemaPath:"#/properties/attachments/items/properties/footer_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data10.ts !== undefined){
let data29 = data10.ts;
if((!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))) && (typeof data29 !== "string")){
const err40 = {instancePath:instancePath+"/attachments/" + i1+"/ts",schemaPath:"#/properties/attachments/items/properties/ts/type",keyword:"type",params:{type: schema11.properties.attachments.items.properties.ts.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data10.mrkdwn_in !== undefined){
let data30 = data10.mrkdwn_in;
if(Array.isArray(data30)){
const len3 = data30.length;
for(let i3=0; i3<len3; i3++){
let data31 = data30[i3];
if(typeof data31 !== "string"){
const err41 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!(((data31 === "pretext") || (data31 === "text")) || (data31 === "fields"))){
const err42 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.attachments.items.properties.mrkdwn_in.items.enum},message:"must be equal to one of the allowed values"};
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
const err43 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in",schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data10.blocks !== undefined){
let data32 = data10.blocks;
if(Array.isArray(data32)){
const len4 = data32.length;
for(let i4=0; i4<len4; i4++){
let data33 = data32[i4];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.type === undefined){
const err44 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data33.type !== undefined){
let data34 = data33.type;
if(typeof data34 === "string"){
if(func3(data34) < 1){
const err45 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data33.block_id !== undefined){
let data35 = data33.block_id;
if(typeof data35 === "string"){
if(func3(data35) > 255){
const err47 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err49 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err50 = {instancePath:instancePath+"/attachments/" + i1+"/blocks",schemaPath:"#/properties/attachments/items/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err51 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err52 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.thread_ts !== undefined){
let data36 = data.thread_ts;
if(typeof data36 === "string"){
if(!pattern0.test(data36)){
const err53 = {instancePath:instancePath+"/thread_ts",schemaPath:"#/properties/thread_ts/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/thread_ts",schemaPath:"#/properties/thread_ts/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.reply_broadcast !== undefined){
if(typeof data.reply_broadcast !== "boolean"){
const err55 = {instancePath:instancePath+"/reply_broadcast",schemaPath:"#/properties/reply_broadcast/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.mrkdwn !== undefined){
if(typeof data.mrkdwn !== "boolean"){
const err56 = {instancePath:instancePath+"/mrkdwn",schemaPath:"#/properties/mrkdwn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.unfurl_links !== undefined){
if(typeof data.unfurl_links !== "boolean"){
const err57 = {instancePath:instancePath+"/unfurl_links",schemaPath:"#/properties/unfurl_links/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.unfurl_media !== undefined){
if(typeof data.unfurl_media !== "boolean"){
const err58 = {instancePath:instancePath+"/unfurl_media",schemaPath:"#/properties/unfurl_media/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err59 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.icon_emoji !== undefined){
if(typeof data.icon_emoji !== "string"){
const err60 = {instancePath:instancePath+"/icon_emoji",schemaPath:"#/properties/icon_emoji/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.icon_url !== undefined){
if(typeof data.icon_url !== "string"){
const err61 = {instancePath:instancePath+"/icon_url",schemaPath:"#/properties/icon_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.metadata !== undefined){
let data44 = data.metadata;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.event_type === undefined){
const err62 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data44.event_payload === undefined){
const err63 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "event_payload"},message:"must have required property '"+"event_payload"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key3 in data44){
if(!((key3 === "event_type") || (key3 === "event_payload"))){
const err64 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data44.event_type !== undefined){
let data45 = data44.event_type;
if(typeof data45 === "string"){
if(func3(data45) < 1){
const err65 = {instancePath:instancePath+"/metadata/event_type",schemaPath:"#/properties/metadata/properties/event_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err66 = {instancePath:instancePath+"/metadata/event_type",schemaPath:"#/properties/metadata/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data44.event_payload !== undefined){
let data46 = data44.event_payload;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
}
else {
const err67 = {instancePath:instancePath+"/metadata/event_payload",schemaPath:"#/properties/metadata/properties/event_payload/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err68 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateChatUpdate: GeneratedValidator = validate11;
const schema12 = {"type":"object","additionalProperties":false,"anyOf":[{"required":["text"],"properties":{"text":{"type":"string"}}},{"required":["blocks"],"properties":{"blocks":{"type":"array"}}},{"required":["attachments"],"properties":{"attachments":{"type":"array"}}}],"required":["channel","ts"],"properties":{"channel":{"type":"string","minLength":1},"ts":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$"},"text":{"type":"string"},"blocks":{"type":"array","maxItems":50,"items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}},"attachments":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"fallback":{"type":"string"},"color":{"type":"string"},"pretext":{"type":"string"},"author_name":{"type":"string"},"author_link":{"type":"string"},"author_icon":{"type":"string"},"title":{"type":"string"},"title_link":{"type":"string"},"text":{"type":"string"},"fields":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"value":{"type":"string"},"short":{"type":"boolean"}}}},"image_url":{"type":"string"},"thumb_url":{"type":"string"},"footer":{"type":"string"},"footer_icon":{"type":"string"},"ts":{"type":["integer","string"]},"mrkdwn_in":{"type":"array","items":{"type":"string","enum":["pretext","text","fields"]}},"blocks":{"type":"array","items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}}}}}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err1 = {instancePath:instancePath+"/text",schemaPath:"#/anyOf/0/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.blocks === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "blocks"},message:"must have required property '"+"blocks"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.blocks !== undefined){
if(!(Array.isArray(data.blocks))){
const err3 = {instancePath:instancePath+"/blocks",schemaPath:"#/anyOf/1/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
if(!valid0){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attachments === undefined){
const err4 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "attachments"},message:"must have required property '"+"attachments"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.attachments !== undefined){
if(!(Array.isArray(data.attachments))){
const err5 = {instancePath:instancePath+"/attachments",schemaPath:"#/anyOf/2/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
var _valid0 = _errs8 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(data.channel === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.ts === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ts"},message:"must have required property '"+"ts"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "channel") || (key0 === "ts")) || (key0 === "text")) || (key0 === "blocks")) || (key0 === "attachments"))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.channel !== undefined){
let data3 = data.channel;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err10 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.ts !== undefined){
let data4 = data.ts;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err12 = {instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\""};
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
const err13 = {instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err14 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.blocks !== undefined){
let data6 = data.blocks;
if(Array.isArray(data6)){
if(data6.length > 50){
const err15 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.type === undefined){
const err16 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7.type !== undefined){
let data8 = data7.type;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err17 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err18 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.block_id !== undefined){
let data9 = data7.block_id;
if(typeof data9 === "string"){
if(func3(data9) > 255){
const err19 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err22 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.attachments !== undefined){
let data10 = data.attachments;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key1 in data11){
if(!(func2.call(schema12.properties.attachments.items.properties, key1))){
const err23 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data11.fallback !== undefined){
if(typeof data11.fallback !== "string"){
const err24 = {instancePath:instancePath+"/attachments/" + i1+"/fallback",schemaPath:"#/properties/attachments/items/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data11.color !== undefined){
if(typeof data11.color !== "string"){
const err25 = {instancePath:instancePath+"/attachments/" + i1+"/color",schemaPath:"#/properties/attachments/items/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data11.pretext !== undefined){
if(typeof data11.pretext !== "string"){
const err26 = {instancePath:instancePath+"/attachments/" + i1+"/pretext",schemaPath:"#/properties/attachments/items/properties/pretext/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.author_name !== undefined){
if(typeof data11.author_name !== "string"){
const err27 = {instancePath:instancePath+"/attachments/" + i1+"/author_name",schemaPath:"#/properties/attachments/items/properties/author_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data11.author_link !== undefined){
if(typeof data11.author_link !== "string"){
const err28 = {instancePath:instancePath+"/attachments/" + i1+"/author_link",schemaPath:"#/properties/attachments/items/properties/author_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.author_icon !== undefined){
if(typeof data11.author_icon !== "string"){
const err29 = {instancePath:instancePath+"/attachments/" + i1+"/author_icon",schemaPath:"#/properties/attachments/items/properties/author_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.title !== undefined){
if(typeof data11.title !== "string"){
const err30 = {instancePath:instancePath+"/attachments/" + i1+"/title",schemaPath:"#/properties/attachments/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data11.title_link !== undefined){
if(typeof data11.title_link !== "string"){
const err31 = {instancePath:instancePath+"/attachments/" + i1+"/title_link",schemaPath:"#/properties/attachments/items/properties/title_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.text !== undefined){
if(typeof data11.text !== "string"){
const err32 = {instancePath:instancePath+"/attachments/" + i1+"/text",schemaPath:"#/properties/attachments/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data11.fields !== undefined){
let data21 = data11.fields;
if(Array.isArray(data21)){
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
let data22 = data21[i2];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key2 in data22){
if(!(((key2 === "title") || (key2 === "value")) || (key2 === "short"))){
const err33 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data22.title !== undefined){
if(typeof data22.title !== "string"){
const err34 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/title",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data22.value !== undefined){
if(typeof data22.value !== "string"){
const err35 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/value",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data22.short !== undefined){
if(typeof data22.short !== "boolean"){
const err36 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/short",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/short/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err37 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err38 = {instancePath:instancePath+"/attachments/" + i1+"/fields",schemaPath:"#/properties/attachments/items/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.image_url !== undefined){
if(typeof data11.image_url !== "string"){
const err39 = {instancePath:instancePath+"/attachments/" + i1+"/image_url",schemaPath:"#/properties/attachments/items/properties/image_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.thumb_url !== undefined){
if(typeof data11.thumb_url !== "string"){
const err40 = {instancePath:instancePath+"/attachments/" + i1+"/thumb_url",schemaPath:"#/properties/attachments/items/properties/thumb_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.footer !== undefined){
if(typeof data11.footer !== "string"){
const err41 = {instancePath:instancePath+"/attachments/" + i1+"/footer",schemaPath:"#/properties/attachments/items/properties/footer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.footer_icon !== undefined){
if(typeof data11.footer_icon !== "string"){
const err42 = {instancePath:instancePath+"/attachments/" + i1+"/footer_icon",schemaPath:"#/properties/attachments/items/properties/footer_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data11.ts !== undefined){
let data30 = data11.ts;
if((!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) && (typeof data30 !== "string")){
const err43 = {instancePath:instancePath+"/attachments/" + i1+"/ts",schemaPath:"#/properties/attachments/items/properties/ts/type",keyword:"type",params:{type: schema12.properties.attachments.items.properties.ts.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data11.mrkdwn_in !== undefined){
let data31 = data11.mrkdwn_in;
if(Array.isArray(data31)){
const len3 = data31.length;
for(let i3=0; i3<len3; i3++){
let data32 = data31[i3];
if(typeof data32 !== "string"){
const err44 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(((data32 === "pretext") || (data32 === "text")) || (data32 === "fields"))){
const err45 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/enum",keyword:"enum",params:{allowedValues: schema12.properties.attachments.items.properties.mrkdwn_in.items.enum},message:"must be equal to one of the allowed values"};
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
else {
const err46 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in",schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data11.blocks !== undefined){
let data33 = data11.blocks;
if(Array.isArray(data33)){
const len4 = data33.length;
for(let i4=0; i4<len4; i4++){
let data34 = data33[i4];
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.type === undefined){
const err47 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data34.type !== undefined){
let data35 = data34.type;
if(typeof data35 === "string"){
if(func3(data35) < 1){
const err48 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data34.block_id !== undefined){
let data36 = data34.block_id;
if(typeof data36 === "string"){
if(func3(data36) > 255){
const err50 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err52 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err53 = {instancePath:instancePath+"/attachments/" + i1+"/blocks",schemaPath:"#/properties/attachments/items/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err54 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err55 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validatePostWebhookMessage: GeneratedValidator = validate12;
const schema13 = {"type":"object","additionalProperties":false,"anyOf":[{"required":["text"],"properties":{"text":{"type":"string"}}},{"required":["blocks"],"properties":{"blocks":{"type":"array"}}},{"required":["attachments"],"properties":{"attachments":{"type":"array"}}}],"properties":{"text":{"type":"string"},"blocks":{"type":"array","maxItems":50,"items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}},"attachments":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"fallback":{"type":"string"},"color":{"type":"string"},"pretext":{"type":"string"},"author_name":{"type":"string"},"author_link":{"type":"string"},"author_icon":{"type":"string"},"title":{"type":"string"},"title_link":{"type":"string"},"text":{"type":"string"},"fields":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"value":{"type":"string"},"short":{"type":"boolean"}}}},"image_url":{"type":"string"},"thumb_url":{"type":"string"},"footer":{"type":"string"},"footer_icon":{"type":"string"},"ts":{"type":["integer","string"]},"mrkdwn_in":{"type":"array","items":{"type":"string","enum":["pretext","text","fields"]}},"blocks":{"type":"array","items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}}}}},"thread_ts":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$"},"mrkdwn":{"type":"boolean"},"unfurl_links":{"type":"boolean"},"unfurl_media":{"type":"boolean"},"channel":{"type":"string"},"username":{"type":"string"},"icon_emoji":{"type":"string"},"icon_url":{"type":"string"}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err1 = {instancePath:instancePath+"/text",schemaPath:"#/anyOf/0/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.blocks === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "blocks"},message:"must have required property '"+"blocks"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.blocks !== undefined){
if(!(Array.isArray(data.blocks))){
const err3 = {instancePath:instancePath+"/blocks",schemaPath:"#/anyOf/1/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
if(!valid0){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attachments === undefined){
const err4 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "attachments"},message:"must have required property '"+"attachments"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.attachments !== undefined){
if(!(Array.isArray(data.attachments))){
const err5 = {instancePath:instancePath+"/attachments",schemaPath:"#/anyOf/2/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
var _valid0 = _errs8 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(!(func2.call(schema13.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err8 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.blocks !== undefined){
let data4 = data.blocks;
if(Array.isArray(data4)){
if(data4.length > 50){
const err9 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.type === undefined){
const err10 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.type !== undefined){
let data6 = data5.type;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err11 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.block_id !== undefined){
let data7 = data5.block_id;
if(typeof data7 === "string"){
if(func3(data7) > 255){
const err13 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err14 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err15 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.attachments !== undefined){
let data8 = data.attachments;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
if(!(func2.call(schema13.properties.attachments.items.properties, key1))){
const err17 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.fallback !== undefined){
if(typeof data9.fallback !== "string"){
const err18 = {instancePath:instancePath+"/attachments/" + i1+"/fallback",schemaPath:"#/properties/attachments/items/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.color !== undefined){
if(typeof data9.color !== "string"){
const err19 = {instancePath:instancePath+"/attachments/" + i1+"/color",schemaPath:"#/properties/attachments/items/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.pretext !== undefined){
if(typeof data9.pretext !== "string"){
const err20 = {instancePath:instancePath+"/attachments/" + i1+"/pretext",schemaPath:"#/properties/attachments/items/properties/pretext/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.author_name !== undefined){
if(typeof data9.author_name !== "string"){
const err21 = {instancePath:instancePath+"/attachments/" + i1+"/author_name",schemaPath:"#/properties/attachments/items/properties/author_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.author_link !== undefined){
if(typeof data9.author_link !== "string"){
const err22 = {instancePath:instancePath+"/attachments/" + i1+"/author_link",schemaPath:"#/properties/attachments/items/properties/author_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.author_icon !== undefined){
if(typeof data9.author_icon !== "string"){
const err23 = {instancePath:instancePath+"/attachments/" + i1+"/author_icon",schemaPath:"#/properties/attachments/items/properties/author_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.title !== undefined){
if(typeof data9.title !== "string"){
const err24 = {instancePath:instancePath+"/attachments/" + i1+"/title",schemaPath:"#/properties/attachments/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.title_link !== undefined){
if(typeof data9.title_link !== "string"){
const err25 = {instancePath:instancePath+"/attachments/" + i1+"/title_link",schemaPath:"#/properties/attachments/items/properties/title_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.text !== undefined){
if(typeof data9.text !== "string"){
const err26 = {instancePath:instancePath+"/attachments/" + i1+"/text",schemaPath:"#/properties/attachments/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.fields !== undefined){
let data19 = data9.fields;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key2 in data20){
if(!(((key2 === "title") || (key2 === "value")) || (key2 === "short"))){
const err27 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data20.title !== undefined){
if(typeof data20.title !== "string"){
const err28 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/title",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data20.value !== undefined){
if(typeof data20.value !== "string"){
const err29 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/value",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data20.short !== undefined){
if(typeof data20.short !== "boolean"){
const err30 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/short",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/short/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err31 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/attachments/" + i1+"/fields",schemaPath:"#/properties/attachments/items/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data9.image_url !== undefined){
if(typeof data9.image_url !== "string"){
const err33 = {instancePath:instancePath+"/attachments/" + i1+"/image_url",schemaPath:"#/properties/attachments/items/properties/image_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.thumb_url !== undefined){
if(typeof data9.thumb_url !== "string"){
const err34 = {instancePath:instancePath+"/attachments/" + i1+"/thumb_url",schemaPath:"#/properties/attachments/items/properties/thumb_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.footer !== undefined){
if(typeof data9.footer !== "string"){
const err35 = {instancePath:instancePath+"/attachments/" + i1+"/footer",schemaPath:"#/properties/attachments/items/properties/footer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.footer_icon !== undefined){
if(typeof data9.footer_icon !== "string"){
const err36 = {instancePath:instancePath+"/attachments/" + i1+"/footer_icon",schemaPath:"#/properties/attachments/items/properties/footer_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data9.ts !== undefined){
let data28 = data9.ts;
if((!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))) && (typeof data28 !== "string")){
const err37 = {instancePath:instancePath+"/attachments/" + i1+"/ts",schemaPath:"#/properties/attachments/items/properties/ts/type",keyword:"type",params:{type: schema13.properties.attachments.items.properties.ts.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data9.mrkdwn_in !== undefined){
let data29 = data9.mrkdwn_in;
if(Array.isArray(data29)){
const len3 = data29.length;
for(let i3=0; i3<len3; i3++){
let data30 = data29[i3];
if(typeof data30 !== "string"){
const err38 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(((data30 === "pretext") || (data30 === "text")) || (data30 === "fields"))){
const err39 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/enum",keyword:"enum",params:{allowedValues: schema13.properties.attachments.items.properties.mrkdwn_in.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in",schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data9.blocks !== undefined){
let data31 = data9.blocks;
if(Array.isArray(data31)){
const len4 = data31.length;
for(let i4=0; i4<len4; i4++){
let data32 = data31[i4];
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.type === undefined){
const err41 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data32.type !== undefined){
let data33 = data32.type;
if(typeof data33 === "string"){
if(func3(data33) < 1){
const err42 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err43 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data32.block_id !== undefined){
let data34 = data32.block_id;
if(typeof data34 === "string"){
if(func3(data34) > 255){
const err44 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err45 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err46 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err47 = {instancePath:instancePath+"/attachments/" + i1+"/blocks",schemaPath:"#/properties/attachments/items/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err48 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err49 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.thread_ts !== undefined){
let data35 = data.thread_ts;
if(typeof data35 === "string"){
if(!pattern0.test(data35)){
const err50 = {instancePath:instancePath+"/thread_ts",schemaPath:"#/properties/thread_ts/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/thread_ts",schemaPath:"#/properties/thread_ts/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.mrkdwn !== undefined){
if(typeof data.mrkdwn !== "boolean"){
const err52 = {instancePath:instancePath+"/mrkdwn",schemaPath:"#/properties/mrkdwn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.unfurl_links !== undefined){
if(typeof data.unfurl_links !== "boolean"){
const err53 = {instancePath:instancePath+"/unfurl_links",schemaPath:"#/properties/unfurl_links/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.unfurl_media !== undefined){
if(typeof data.unfurl_media !== "boolean"){
const err54 = {instancePath:instancePath+"/unfurl_media",schemaPath:"#/properties/unfurl_media/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.channel !== undefined){
if(typeof data.channel !== "string"){
const err55 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err56 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.icon_emoji !== undefined){
if(typeof data.icon_emoji !== "string"){
const err57 = {instancePath:instancePath+"/icon_emoji",schemaPath:"#/properties/icon_emoji/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.icon_url !== undefined){
if(typeof data.icon_url !== "string"){
const err58 = {instancePath:instancePath+"/icon_url",schemaPath:"#/properties/icon_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err59 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}