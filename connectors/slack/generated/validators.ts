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
const schema11 = {"type":"object","additionalProperties":false,"required":["channel"],"properties":{"channel":{"type":"string","minLength":1},"text":{"type":"string"},"blocks":{"type":"array","maxItems":50,"items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}},"attachments":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"fallback":{"type":"string"},"color":{"type":"string"},"pretext":{"type":"string"},"author_name":{"type":"string"},"author_link":{"type":"string"},"author_icon":{"type":"string"},"title":{"type":"string"},"title_link":{"type":"string"},"text":{"type":"string"},"fields":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"value":{"type":"string"},"short":{"type":"boolean"}}}},"image_url":{"type":"string"},"thumb_url":{"type":"string"},"footer":{"type":"string"},"footer_icon":{"type":"string"},"ts":{"type":["integer","string"]},"mrkdwn_in":{"type":"array","items":{"type":"string","enum":["pretext","text","fields"]}},"blocks":{"type":"array","items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}}}}},"thread_ts":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$"},"reply_broadcast":{"type":"boolean"},"mrkdwn":{"type":"boolean"},"unfurl_links":{"type":"boolean"},"unfurl_media":{"type":"boolean"},"username":{"type":"string"},"icon_emoji":{"type":"string"},"icon_url":{"type":"string"},"metadata":{"type":"object","additionalProperties":false,"required":["event_type","event_payload"],"properties":{"event_type":{"type":"string","minLength":1},"event_payload":{"type":"object","additionalProperties":true}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ajvRuntime_ucs2length;
const pattern0 = new RegExp("^[0-9]+\\.[0-9]+$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
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
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err3 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.blocks !== undefined){
let data2 = data.blocks;
if(Array.isArray(data2)){
if(data2.length > 50){
const err5 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.type === undefined){
const err6 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.type !== undefined){
let data4 = data3.type;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err7 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.block_id !== undefined){
let data5 = data3.block_id;
if(typeof data5 === "string"){
if(func3(data5) > 255){
const err9 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err10 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err11 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.attachments !== undefined){
let data6 = data.attachments;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(func2.call(schema11.properties.attachments.items.properties, key1))){
const err13 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.fallback !== undefined){
if(typeof data7.fallback !== "string"){
const err14 = {instancePath:instancePath+"/attachments/" + i1+"/fallback",schemaPath:"#/properties/attachments/items/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.color !== undefined){
if(typeof data7.color !== "string"){
const err15 = {instancePath:instancePath+"/attachments/" + i1+"/color",schemaPath:"#/properties/attachments/items/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.pretext !== undefined){
if(typeof data7.pretext !== "string"){
const err16 = {instancePath:instancePath+"/attachments/" + i1+"/pretext",schemaPath:"#/properties/attachments/items/properties/pretext/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.author_name !== undefined){
if(typeof data7.author_name !== "string"){
const err17 = {instancePath:instancePath+"/attachments/" + i1+"/author_name",schemaPath:"#/properties/attachments/items/properties/author_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.author_link !== undefined){
if(typeof data7.author_link !== "string"){
const err18 = {instancePath:instancePath+"/attachments/" + i1+"/author_link",schemaPath:"#/properties/attachments/items/properties/author_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.author_icon !== undefined){
if(typeof data7.author_icon !== "string"){
const err19 = {instancePath:instancePath+"/attachments/" + i1+"/author_icon",schemaPath:"#/properties/attachments/items/properties/author_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.title !== undefined){
if(typeof data7.title !== "string"){
const err20 = {instancePath:instancePath+"/attachments/" + i1+"/title",schemaPath:"#/properties/attachments/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.title_link !== undefined){
if(typeof data7.title_link !== "string"){
const err21 = {instancePath:instancePath+"/attachments/" + i1+"/title_link",schemaPath:"#/properties/attachments/items/properties/title_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.text !== undefined){
if(typeof data7.text !== "string"){
const err22 = {instancePath:instancePath+"/attachments/" + i1+"/text",schemaPath:"#/properties/attachments/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.fields !== undefined){
let data17 = data7.fields;
if(Array.isArray(data17)){
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
let data18 = data17[i2];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key2 in data18){
if(!(((key2 === "title") || (key2 === "value")) || (key2 === "short"))){
const err23 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data18.title !== undefined){
if(typeof data18.title !== "string"){
const err24 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/title",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data18.value !== undefined){
if(typeof data18.value !== "string"){
const err25 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/value",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data18.short !== undefined){
if(typeof data18.short !== "boolean"){
const err26 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/short",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/short/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err27 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err28 = {instancePath:instancePath+"/attachments/" + i1+"/fields",schemaPath:"#/properties/attachments/items/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.image_url !== undefined){
if(typeof data7.image_url !== "string"){
const err29 = {instancePath:instancePath+"/attachments/" + i1+"/image_url",schemaPath:"#/properties/attachments/items/properties/image_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data7.thumb_url !== undefined){
if(typeof data7.thumb_url !== "string"){
const err30 = {instancePath:instancePath+"/attachments/" + i1+"/thumb_url",schemaPath:"#/properties/attachments/items/properties/thumb_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.footer !== undefined){
if(typeof data7.footer !== "string"){
const err31 = {instancePath:instancePath+"/attachments/" + i1+"/footer",schemaPath:"#/properties/attachments/items/properties/footer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.footer_icon !== undefined){
if(typeof data7.footer_icon !== "string"){
const err32 = {instancePath:instancePath+"/attachments/" + i1+"/footer_icon",schemaPath:"#/properties/attachments/items/properties/footer_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data7.ts !== undefined){
let data26 = data7.ts;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (typeof data26 !== "string")){
const err33 = {instancePath:instancePath+"/attachments/" + i1+"/ts",schemaPath:"#/properties/attachments/items/properties/ts/type",keyword:"type",params:{type: schema11.properties.attachments.items.properties.ts.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data7.mrkdwn_in !== undefined){
let data27 = data7.mrkdwn_in;
if(Array.isArray(data27)){
const len3 = data27.length;
for(let i3=0; i3<len3; i3++){
let data28 = data27[i3];
if(typeof data28 !== "string"){
const err34 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(((data28 === "pretext") || (data28 === "text")) || (data28 === "fields"))){
const err35 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.attachments.items.properties.mrkdwn_in.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in",schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data7.blocks !== undefined){
let data29 = data7.blocks;
if(Array.isArray(data29)){
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
let data30 = data29[i4];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.type === undefined){
const err37 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data30.type !== undefined){
let data31 = data30.type;
if(typeof data31 === "string"){
if(func3(data31) < 1){
const err38 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data30.block_id !== undefined){
let data32 = data30.block_id;
if(typeof data32 === "string"){
if(func3(data32) > 255){
const err40 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err41 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err43 = {instancePath:instancePath+"/attachments/" + i1+"/blocks",schemaPath:"#/properties/attachments/items/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err44 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.thread_ts !== undefined){
let data33 = data.thread_ts;
if(typeof data33 === "string"){
if(!pattern0.test(data33)){
const err46 = {instancePath:instancePath+"/thread_ts",schemaPath:"#/properties/thread_ts/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\""};
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
const err47 = {instancePath:instancePath+"/thread_ts",schemaPath:"#/properties/thread_ts/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.reply_broadcast !== undefined){
if(typeof data.reply_broadcast !== "boolean"){
const err48 = {instancePath:instancePath+"/reply_broadcast",schemaPath:"#/properties/reply_broadcast/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.mrkdwn !== undefined){
if(typeof data.mrkdwn !== "boolean"){
const err49 = {instancePath:instancePath+"/mrkdwn",schemaPath:"#/properties/mrkdwn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.unfurl_links !== undefined){
if(typeof data.unfurl_links !== "boolean"){
const err50 = {instancePath:instancePath+"/unfurl_links",schemaPath:"#/properties/unfurl_links/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.unfurl_media !== undefined){
if(typeof data.unfurl_media !== "boolean"){
const err51 = {instancePath:instancePath+"/unfurl_media",schemaPath:"#/properties/unfurl_media/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err52 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.icon_emoji !== undefined){
if(typeof data.icon_emoji !== "string"){
const err53 = {instancePath:instancePath+"/icon_emoji",schemaPath:"#/properties/icon_emoji/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.icon_url !== undefined){
if(typeof data.icon_url !== "string"){
const err54 = {instancePath:instancePath+"/icon_url",schemaPath:"#/properties/icon_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.metadata !== undefined){
let data41 = data.metadata;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.event_type === undefined){
const err55 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data41.event_payload === undefined){
const err56 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "event_payload"},message:"must have required property '"+"event_payload"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key3 in data41){
if(!((key3 === "event_type") || (key3 === "event_payload"))){
const err57 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data41.event_type !== undefined){
let data42 = data41.event_type;
if(typeof data42 === "string"){
if(func3(data42) < 1){
const err58 = {instancePath:instancePath+"/metadata/event_type",schemaPath:"#/properties/metadata/properties/event_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/metadata/event_type",schemaPath:"#/properties/metadata/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data41.event_payload !== undefined){
let data43 = data41.event_payload;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
}
else {
const err60 = {instancePath:instancePath+"/metadata/event_payload",schemaPath:"#/properties/metadata/properties/event_payload/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err61 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err62 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateChatUpdate: GeneratedValidator = validate11;
const schema12 = {"type":"object","additionalProperties":false,"required":["channel","ts"],"properties":{"channel":{"type":"string","minLength":1},"ts":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$"},"text":{"type":"string"},"blocks":{"type":"array","maxItems":50,"items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}},"attachments":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"fallback":{"type":"string"},"color":{"type":"string"},"pretext":{"type":"string"},"author_name":{"type":"string"},"author_link":{"type":"string"},"author_icon":{"type":"string"},"title":{"type":"string"},"title_link":{"type":"string"},"text":{"type":"string"},"fields":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"value":{"type":"string"},"short":{"type":"boolean"}}}},"image_url":{"type":"string"},"thumb_url":{"type":"string"},"footer":{"type":"string"},"footer_icon":{"type":"string"},"ts":{"type":["integer","string"]},"mrkdwn_in":{"type":"array","items":{"type":"string","enum":["pretext","text","fields"]}},"blocks":{"type":"array","items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}}}}}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ts === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ts"},message:"must have required property '"+"ts"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "channel") || (key0 === "ts")) || (key0 === "text")) || (key0 === "blocks")) || (key0 === "attachments"))){
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
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.ts !== undefined){
let data1 = data.ts;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\""};
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
const err6 = {instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.blocks !== undefined){
let data3 = data.blocks;
if(Array.isArray(data3)){
if(data3.length > 50){
const err8 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.type === undefined){
const err9 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.type !== undefined){
let data5 = data4.type;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err10 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.block_id !== undefined){
let data6 = data4.block_id;
if(typeof data6 === "string"){
if(func3(data6) > 255){
const err12 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err13 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err14 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err15 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.attachments !== undefined){
let data7 = data.attachments;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(!(func2.call(schema12.properties.attachments.items.properties, key1))){
const err16 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.fallback !== undefined){
if(typeof data8.fallback !== "string"){
const err17 = {instancePath:instancePath+"/attachments/" + i1+"/fallback",schemaPath:"#/properties/attachments/items/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.color !== undefined){
if(typeof data8.color !== "string"){
const err18 = {instancePath:instancePath+"/attachments/" + i1+"/color",schemaPath:"#/properties/attachments/items/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data8.pretext !== undefined){
if(typeof data8.pretext !== "string"){
const err19 = {instancePath:instancePath+"/attachments/" + i1+"/pretext",schemaPath:"#/properties/attachments/items/properties/pretext/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.author_name !== undefined){
if(typeof data8.author_name !== "string"){
const err20 = {instancePath:instancePath+"/attachments/" + i1+"/author_name",schemaPath:"#/properties/attachments/items/properties/author_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.author_link !== undefined){
if(typeof data8.author_link !== "string"){
const err21 = {instancePath:instancePath+"/attachments/" + i1+"/author_link",schemaPath:"#/properties/attachments/items/properties/author_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.author_icon !== undefined){
if(typeof data8.author_icon !== "string"){
const err22 = {instancePath:instancePath+"/attachments/" + i1+"/author_icon",schemaPath:"#/properties/attachments/items/properties/author_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.title !== undefined){
if(typeof data8.title !== "string"){
const err23 = {instancePath:instancePath+"/attachments/" + i1+"/title",schemaPath:"#/properties/attachments/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.title_link !== undefined){
if(typeof data8.title_link !== "string"){
const err24 = {instancePath:instancePath+"/attachments/" + i1+"/title_link",schemaPath:"#/properties/attachments/items/properties/title_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.text !== undefined){
if(typeof data8.text !== "string"){
const err25 = {instancePath:instancePath+"/attachments/" + i1+"/text",schemaPath:"#/properties/attachments/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.fields !== undefined){
let data18 = data8.fields;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
let data19 = data18[i2];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key2 in data19){
if(!(((key2 === "title") || (key2 === "value")) || (key2 === "short"))){
const err26 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data19.title !== undefined){
if(typeof data19.title !== "string"){
const err27 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/title",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data19.value !== undefined){
if(typeof data19.value !== "string"){
const err28 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/value",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data19.short !== undefined){
if(typeof data19.short !== "boolean"){
const err29 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/short",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/short/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err30 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err31 = {instancePath:instancePath+"/attachments/" + i1+"/fields",schemaPath:"#/properties/attachments/items/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.image_url !== undefined){
if(typeof data8.image_url !== "string"){
const err32 = {instancePath:instancePath+"/attachments/" + i1+"/image_url",schemaPath:"#/properties/attachments/items/properties/image_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8.thumb_url !== undefined){
if(typeof data8.thumb_url !== "string"){
const err33 = {instancePath:instancePath+"/attachments/" + i1+"/thumb_url",schemaPath:"#/properties/attachments/items/properties/thumb_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data8.footer !== undefined){
if(typeof data8.footer !== "string"){
const err34 = {instancePath:instancePath+"/attachments/" + i1+"/footer",schemaPath:"#/properties/attachments/items/properties/footer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data8.footer_icon !== undefined){
if(typeof data8.footer_icon !== "string"){
const err35 = {instancePath:instancePath+"/attachments/" + i1+"/footer_icon",schemaPath:"#/properties/attachments/items/properties/footer_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data8.ts !== undefined){
let data27 = data8.ts;
if((!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) && (typeof data27 !== "string")){
const err36 = {instancePath:instancePath+"/attachments/" + i1+"/ts",schemaPath:"#/properties/attachments/items/properties/ts/type",keyword:"type",params:{type: schema12.properties.attachments.items.properties.ts.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data8.mrkdwn_in !== undefined){
let data28 = data8.mrkdwn_in;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
if(typeof data29 !== "string"){
const err37 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!(((data29 === "pretext") || (data29 === "text")) || (data29 === "fields"))){
const err38 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/enum",keyword:"enum",params:{allowedValues: schema12.properties.attachments.items.properties.mrkdwn_in.items.enum},message:"must be equal to one of the allowed values"};
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
const err39 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in",schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data8.blocks !== undefined){
let data30 = data8.blocks;
if(Array.isArray(data30)){
const len4 = data30.length;
for(let i4=0; i4<len4; i4++){
let data31 = data30[i4];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.type === undefined){
const err40 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data31.type !== undefined){
let data32 = data31.type;
if(typeof data32 === "string"){
if(func3(data32) < 1){
const err41 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err42 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data31.block_id !== undefined){
let data33 = data31.block_id;
if(typeof data33 === "string"){
if(func3(data33) > 255){
const err43 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err44 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err46 = {instancePath:instancePath+"/attachments/" + i1+"/blocks",schemaPath:"#/properties/attachments/items/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err47 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err48 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateConversationsList: GeneratedValidator = validate12;
const schema13 = {"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":1,"maximum":1000},"cursor":{"type":"string","minLength":1},"exclude_archived":{"type":"boolean"},"types":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["public_channel","private_channel","mpim","im"]}},"team_id":{"type":"string","minLength":1}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "limit") || (key0 === "cursor")) || (key0 === "exclude_archived")) || (key0 === "types")) || (key0 === "team_id"))){
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
if(data0 > 1000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
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
if(data.cursor !== undefined){
let data1 = data.cursor;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err5 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.exclude_archived !== undefined){
if(typeof data.exclude_archived !== "boolean"){
const err6 = {instancePath:instancePath+"/exclude_archived",schemaPath:"#/properties/exclude_archived/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.types !== undefined){
let data3 = data.types;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/types/" + i0,schemaPath:"#/properties/types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((data4 === "public_channel") || (data4 === "private_channel")) || (data4 === "mpim")) || (data4 === "im"))){
const err9 = {instancePath:instancePath+"/types/" + i0,schemaPath:"#/properties/types/items/enum",keyword:"enum",params:{allowedValues: schema13.properties.types.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.team_id !== undefined){
let data5 = data.team_id;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err12 = {instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err13 = {instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validatePostWebhookMessage: GeneratedValidator = validate13;
const schema14 = {"type":"object","additionalProperties":false,"properties":{"text":{"type":"string"},"blocks":{"type":"array","maxItems":50,"items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}},"attachments":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"fallback":{"type":"string"},"color":{"type":"string"},"pretext":{"type":"string"},"author_name":{"type":"string"},"author_link":{"type":"string"},"author_icon":{"type":"string"},"title":{"type":"string"},"title_link":{"type":"string"},"text":{"type":"string"},"fields":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"value":{"type":"string"},"short":{"type":"boolean"}}}},"image_url":{"type":"string"},"thumb_url":{"type":"string"},"footer":{"type":"string"},"footer_icon":{"type":"string"},"ts":{"type":["integer","string"]},"mrkdwn_in":{"type":"array","items":{"type":"string","enum":["pretext","text","fields"]}},"blocks":{"type":"array","items":{"type":"object","required":["type"],"additionalProperties":true,"properties":{"type":{"type":"string","minLength":1},"block_id":{"type":"string","maxLength":255}}}}}}},"thread_ts":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$"},"mrkdwn":{"type":"boolean"},"unfurl_links":{"type":"boolean"},"unfurl_media":{"type":"boolean"},"channel":{"type":"string"},"username":{"type":"string"},"icon_emoji":{"type":"string"},"icon_url":{"type":"string"}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema14.properties, key0))){
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
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err1 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.blocks !== undefined){
let data1 = data.blocks;
if(Array.isArray(data1)){
if(data1.length > 50){
const err2 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type === undefined){
const err3 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.type !== undefined){
let data3 = data2.type;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err4 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err5 = {instancePath:instancePath+"/blocks/" + i0+"/type",schemaPath:"#/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.block_id !== undefined){
let data4 = data2.block_id;
if(typeof data4 === "string"){
if(func3(data4) > 255){
const err6 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err7 = {instancePath:instancePath+"/blocks/" + i0+"/block_id",schemaPath:"#/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath:instancePath+"/blocks/" + i0,schemaPath:"#/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err9 = {instancePath:instancePath+"/blocks",schemaPath:"#/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.attachments !== undefined){
let data5 = data.attachments;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!(func2.call(schema14.properties.attachments.items.properties, key1))){
const err10 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.fallback !== undefined){
if(typeof data6.fallback !== "string"){
const err11 = {instancePath:instancePath+"/attachments/" + i1+"/fallback",schemaPath:"#/properties/attachments/items/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.color !== undefined){
if(typeof data6.color !== "string"){
const err12 = {instancePath:instancePath+"/attachments/" + i1+"/color",schemaPath:"#/properties/attachments/items/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.pretext !== undefined){
if(typeof data6.pretext !== "string"){
const err13 = {instancePath:instancePath+"/attachments/" + i1+"/pretext",schemaPath:"#/properties/attachments/items/properties/pretext/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.author_name !== undefined){
if(typeof data6.author_name !== "string"){
const err14 = {instancePath:instancePath+"/attachments/" + i1+"/author_name",schemaPath:"#/properties/attachments/items/properties/author_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.author_link !== undefined){
if(typeof data6.author_link !== "string"){
const err15 = {instancePath:instancePath+"/attachments/" + i1+"/author_link",schemaPath:"#/properties/attachments/items/properties/author_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.author_icon !== undefined){
if(typeof data6.author_icon !== "string"){
const err16 = {instancePath:instancePath+"/attachments/" + i1+"/author_icon",schemaPath:"#/properties/attachments/items/properties/author_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.title !== undefined){
if(typeof data6.title !== "string"){
const err17 = {instancePath:instancePath+"/attachments/" + i1+"/title",schemaPath:"#/properties/attachments/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.title_link !== undefined){
if(typeof data6.title_link !== "string"){
const err18 = {instancePath:instancePath+"/attachments/" + i1+"/title_link",schemaPath:"#/properties/attachments/items/properties/title_link/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.text !== undefined){
if(typeof data6.text !== "string"){
const err19 = {instancePath:instancePath+"/attachments/" + i1+"/text",schemaPath:"#/properties/attachments/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.fields !== undefined){
let data16 = data6.fields;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
let data17 = data16[i2];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key2 in data17){
if(!(((key2 === "title") || (key2 === "value")) || (key2 === "short"))){
const err20 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data17.title !== undefined){
if(typeof data17.title !== "string"){
const err21 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/title",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data17.value !== undefined){
if(typeof data17.value !== "string"){
const err22 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/value",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data17.short !== undefined){
if(typeof data17.short !== "boolean"){
const err23 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2+"/short",schemaPath:"#/properties/attachments/items/properties/fields/items/properties/short/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err24 = {instancePath:instancePath+"/attachments/" + i1+"/fields/" + i2,schemaPath:"#/properties/attachments/items/properties/fields/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err25 = {instancePath:instancePath+"/attachments/" + i1+"/fields",schemaPath:"#/properties/attachments/items/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.image_url !== undefined){
if(typeof data6.image_url !== "string"){
const err26 = {instancePath:instancePath+"/attachments/" + i1+"/image_url",schemaPath:"#/properties/attachments/items/properties/image_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.thumb_url !== undefined){
if(typeof data6.thumb_url !== "string"){
const err27 = {instancePath:instancePath+"/attachments/" + i1+"/thumb_url",schemaPath:"#/properties/attachments/items/properties/thumb_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.footer !== undefined){
if(typeof data6.footer !== "string"){
const err28 = {instancePath:instancePath+"/attachments/" + i1+"/footer",schemaPath:"#/properties/attachments/items/properties/footer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.footer_icon !== undefined){
if(typeof data6.footer_icon !== "string"){
const err29 = {instancePath:instancePath+"/attachments/" + i1+"/footer_icon",schemaPath:"#/properties/attachments/items/properties/footer_icon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.ts !== undefined){
let data25 = data6.ts;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (typeof data25 !== "string")){
const err30 = {instancePath:instancePath+"/attachments/" + i1+"/ts",schemaPath:"#/properties/attachments/items/properties/ts/type",keyword:"type",params:{type: schema14.properties.attachments.items.properties.ts.type},message:"must be integer,string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.mrkdwn_in !== undefined){
let data26 = data6.mrkdwn_in;
if(Array.isArray(data26)){
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
let data27 = data26[i3];
if(typeof data27 !== "string"){
const err31 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!(((data27 === "pretext") || (data27 === "text")) || (data27 === "fields"))){
const err32 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in/" + i3,schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/items/enum",keyword:"enum",params:{allowedValues: schema14.properties.attachments.items.properties.mrkdwn_in.items.enum},message:"must be equal to one of the allowed values"};
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
const err33 = {instancePath:instancePath+"/attachments/" + i1+"/mrkdwn_in",schemaPath:"#/properties/attachments/items/properties/mrkdwn_in/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.blocks !== undefined){
let data28 = data6.blocks;
if(Array.isArray(data28)){
const len4 = data28.length;
for(let i4=0; i4<len4; i4++){
let data29 = data28[i4];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.type === undefined){
const err34 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data29.type !== undefined){
let data30 = data29.type;
if(typeof data30 === "string"){
if(func3(data30) < 1){
const err35 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err36 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/type",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data29.block_id !== undefined){
let data31 = data29.block_id;
if(typeof data31 === "string"){
if(func3(data31) > 255){
const err37 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
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
const err38 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4+"/block_id",schemaPath:"#/properties/attachments/items/properties/blocks/items/properties/block_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err39 = {instancePath:instancePath+"/attachments/" + i1+"/blocks/" + i4,schemaPath:"#/properties/attachments/items/properties/blocks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err40 = {instancePath:instancePath+"/attachments/" + i1+"/blocks",schemaPath:"#/properties/attachments/items/properties/blocks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/attachments/" + i1,schemaPath:"#/properties/attachments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.thread_ts !== undefined){
let data32 = data.thread_ts;
if(typeof data32 === "string"){
if(!pattern0.test(data32)){
const err43 = {instancePath:instancePath+"/thread_ts",schemaPath:"#/properties/thread_ts/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\""};
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
const err44 = {instancePath:instancePath+"/thread_ts",schemaPath:"#/properties/thread_ts/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.mrkdwn !== undefined){
if(typeof data.mrkdwn !== "boolean"){
const err45 = {instancePath:instancePath+"/mrkdwn",schemaPath:"#/properties/mrkdwn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.unfurl_links !== undefined){
if(typeof data.unfurl_links !== "boolean"){
const err46 = {instancePath:instancePath+"/unfurl_links",schemaPath:"#/properties/unfurl_links/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.unfurl_media !== undefined){
if(typeof data.unfurl_media !== "boolean"){
const err47 = {instancePath:instancePath+"/unfurl_media",schemaPath:"#/properties/unfurl_media/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.channel !== undefined){
if(typeof data.channel !== "string"){
const err48 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err49 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.icon_emoji !== undefined){
if(typeof data.icon_emoji !== "string"){
const err50 = {instancePath:instancePath+"/icon_emoji",schemaPath:"#/properties/icon_emoji/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.icon_url !== undefined){
if(typeof data.icon_url !== "string"){
const err51 = {instancePath:instancePath+"/icon_url",schemaPath:"#/properties/icon_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateUsersList: GeneratedValidator = validate14;
const schema15 = {"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":1,"maximum":1000},"cursor":{"type":"string","minLength":1},"include_locale":{"type":"boolean"},"team_id":{"type":"string","minLength":1}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "limit") || (key0 === "cursor")) || (key0 === "include_locale")) || (key0 === "team_id"))){
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
if(data0 > 1000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
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
if(data.cursor !== undefined){
let data1 = data.cursor;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err5 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.include_locale !== undefined){
if(typeof data.include_locale !== "boolean"){
const err6 = {instancePath:instancePath+"/include_locale",schemaPath:"#/properties/include_locale/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.team_id !== undefined){
let data3 = data.team_id;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err7 = {instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/team_id",schemaPath:"#/properties/team_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}