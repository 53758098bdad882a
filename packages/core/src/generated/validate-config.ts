// Generated from packages/core/schema/custom-api-node.schema.json by `pnpm codegen --write`. Do not edit.
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
export const validateConfigSchema: GeneratedValidator = validate10;
const schema11 = {"type":"object","additionalProperties":false,"required":["url"],"properties":{"$schema":{"type":"string"},"url":{"type":"string","minLength":1},"method":{"type":"string","enum":["GET","POST","PUT","PATCH","DELETE","HEAD","OPTIONS"]},"headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"query":{"type":"object","additionalProperties":true},"queryArrayFormat":{"type":"string","enum":["repeat","indices","brackets","comma"]},"formArrayFormat":{"type":"string","enum":["indices","repeat","brackets","comma"]},"body":{"type":["object","array","string","number","boolean","null"],"additionalProperties":true},"allowBodyOnGet":{"type":"boolean"},"allowSlashInPathValues":{"type":"boolean"},"auth":{"type":"object","discriminator":{"propertyName":"type"},"required":["type"],"properties":{"type":{"type":"string","enum":["apiKey","bearer","basic"]}},"oneOf":[{"$ref":"#/definitions/ApiKeyAuth"},{"$ref":"#/definitions/BearerAuth"},{"$ref":"#/definitions/BasicAuth"}]},"allowedHosts":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"timeoutMs":{"type":"integer","minimum":1,"maximum":2147483647},"connectionTimeoutMs":{"type":"integer","minimum":1,"maximum":2147483647},"deadlineMs":{"type":"integer","minimum":1,"maximum":2147483647},"maxResponseBytes":{"type":"integer","minimum":0},"retry":{"$ref":"#/definitions/RetryOptions"},"rateLimit":{"$ref":"#/definitions/RateLimitOptions"},"responseType":{"type":"string","enum":["auto","json","text","bytes"]},"responseSchema":{"type":"object","additionalProperties":true},"followRedirects":{"type":["boolean","integer"],"minimum":0,"maximum":20}},"definitions":{"ApiKeyAuth":{"type":"object","additionalProperties":false,"required":["type","in","name","value"],"properties":{"type":{"const":"apiKey"},"in":{"type":"string","enum":["header","query"]},"name":{"type":"string","minLength":1},"value":{"type":"string","minLength":1}}},"BearerAuth":{"type":"object","additionalProperties":false,"required":["type","token"],"properties":{"type":{"const":"bearer"},"token":{"type":"string","minLength":1}}},"BasicAuth":{"type":"object","additionalProperties":false,"required":["type","username","password"],"properties":{"type":{"const":"basic"},"username":{"type":"string"},"password":{"type":"string"}}},"RetryOptions":{"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":0,"maximum":10},"statuses":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599}},"baseDelayMs":{"type":"integer","minimum":0,"maximum":2147483647},"maxDelayMs":{"type":"integer","minimum":0,"maximum":2147483647},"maxRetryAfterMs":{"type":"integer","minimum":0,"maximum":2147483647},"retryNonIdempotent":{"type":"boolean"}}},"RateLimitOptions":{"type":"object","additionalProperties":false,"required":["requests","perMs"],"properties":{"requests":{"type":"integer","minimum":1},"perMs":{"type":"integer","minimum":1,"maximum":2147483647},"key":{"type":"string"}}}}};
const schema12 = {"type":"object","additionalProperties":false,"required":["type","in","name","value"],"properties":{"type":{"const":"apiKey"},"in":{"type":"string","enum":["header","query"]},"name":{"type":"string","minLength":1},"value":{"type":"string","minLength":1}}};
const schema13 = {"type":"object","additionalProperties":false,"required":["type","token"],"properties":{"type":{"const":"bearer"},"token":{"type":"string","minLength":1}}};
const schema14 = {"type":"object","additionalProperties":false,"required":["type","username","password"],"properties":{"type":{"const":"basic"},"username":{"type":"string"},"password":{"type":"string"}}};
const schema15 = {"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":0,"maximum":10},"statuses":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599}},"baseDelayMs":{"type":"integer","minimum":0,"maximum":2147483647},"maxDelayMs":{"type":"integer","minimum":0,"maximum":2147483647},"maxRetryAfterMs":{"type":"integer","minimum":0,"maximum":2147483647},"retryNonIdempotent":{"type":"boolean"}}};
const schema16 = {"type":"object","additionalProperties":false,"required":["requests","perMs"],"properties":{"requests":{"type":"integer","minimum":1},"perMs":{"type":"integer","minimum":1,"maximum":2147483647},"key":{"type":"string"}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ajvRuntime_ucs2length;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
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
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.method !== undefined){
let data2 = data.method;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((((data2 === "GET") || (data2 === "POST")) || (data2 === "PUT")) || (data2 === "PATCH")) || (data2 === "DELETE")) || (data2 === "HEAD")) || (data2 === "OPTIONS"))){
const err6 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema11.properties.method.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.headers !== undefined){
let data3 = data.headers;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
const err7 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: schema11.properties.headers.additionalProperties.type},message:"must be string,number,boolean"};
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
const err8 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.query !== undefined){
let data5 = data.query;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
}
else {
const err9 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.queryArrayFormat !== undefined){
let data6 = data.queryArrayFormat;
if(typeof data6 !== "string"){
const err10 = {instancePath:instancePath+"/queryArrayFormat",schemaPath:"#/properties/queryArrayFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((data6 === "repeat") || (data6 === "indices")) || (data6 === "brackets")) || (data6 === "comma"))){
const err11 = {instancePath:instancePath+"/queryArrayFormat",schemaPath:"#/properties/queryArrayFormat/enum",keyword:"enum",params:{allowedValues: schema11.properties.queryArrayFormat.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.formArrayFormat !== undefined){
let data7 = data.formArrayFormat;
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/formArrayFormat",schemaPath:"#/properties/formArrayFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((data7 === "indices") || (data7 === "repeat")) || (data7 === "brackets")) || (data7 === "comma"))){
const err13 = {instancePath:instancePath+"/formArrayFormat",schemaPath:"#/properties/formArrayFormat/enum",keyword:"enum",params:{allowedValues: schema11.properties.formArrayFormat.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.body !== undefined){
let data8 = data.body;
if((((typeof data8 != "object") && (typeof data8 !== "string")) && (!((typeof data8 == "number") && (isFinite(data8))))) && (typeof data8 !== "boolean")){
const err14 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: schema11.properties.body.type},message:"must be object,array,string,number,boolean,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.allowBodyOnGet !== undefined){
if(typeof data.allowBodyOnGet !== "boolean"){
const err15 = {instancePath:instancePath+"/allowBodyOnGet",schemaPath:"#/properties/allowBodyOnGet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.allowSlashInPathValues !== undefined){
if(typeof data.allowSlashInPathValues !== "boolean"){
const err16 = {instancePath:instancePath+"/allowSlashInPathValues",schemaPath:"#/properties/allowSlashInPathValues/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.auth !== undefined){
let data11 = data.auth;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.type === undefined){
const err17 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data11.type !== undefined){
let data12 = data11.type;
if(typeof data12 !== "string"){
const err18 = {instancePath:instancePath+"/auth/type",schemaPath:"#/properties/auth/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data12 === "apiKey") || (data12 === "bearer")) || (data12 === "basic"))){
const err19 = {instancePath:instancePath+"/auth/type",schemaPath:"#/properties/auth/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.auth.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
const tag0 = data11.type;
if(typeof tag0 == "string"){
if(tag0 === "apiKey"){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.type === undefined){
const err20 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data11.in === undefined){
const err21 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/required",keyword:"required",params:{missingProperty: "in"},message:"must have required property '"+"in"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data11.name === undefined){
const err22 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data11.value === undefined){
const err23 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data11){
if(!((((key2 === "type") || (key2 === "in")) || (key2 === "name")) || (key2 === "value"))){
const err24 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data11.type !== undefined){
if("apiKey" !== data11.type){
const err25 = {instancePath:instancePath+"/auth/type",schemaPath:"#/definitions/ApiKeyAuth/properties/type/const",keyword:"const",params:{allowedValue: "apiKey"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data11.in !== undefined){
let data14 = data11.in;
if(typeof data14 !== "string"){
const err26 = {instancePath:instancePath+"/auth/in",schemaPath:"#/definitions/ApiKeyAuth/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((data14 === "header") || (data14 === "query"))){
const err27 = {instancePath:instancePath+"/auth/in",schemaPath:"#/definitions/ApiKeyAuth/properties/in/enum",keyword:"enum",params:{allowedValues: schema12.properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data11.name !== undefined){
let data15 = data11.name;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err28 = {instancePath:instancePath+"/auth/name",schemaPath:"#/definitions/ApiKeyAuth/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err29 = {instancePath:instancePath+"/auth/name",schemaPath:"#/definitions/ApiKeyAuth/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.value !== undefined){
let data16 = data11.value;
if(typeof data16 === "string"){
if(func3(data16) < 1){
const err30 = {instancePath:instancePath+"/auth/value",schemaPath:"#/definitions/ApiKeyAuth/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/auth/value",schemaPath:"#/definitions/ApiKeyAuth/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err32 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else if(tag0 === "bearer"){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.type === undefined){
const err33 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BearerAuth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11.token === undefined){
const err34 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BearerAuth/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key3 in data11){
if(!((key3 === "type") || (key3 === "token"))){
const err35 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BearerAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.type !== undefined){
if("bearer" !== data11.type){
const err36 = {instancePath:instancePath+"/auth/type",schemaPath:"#/definitions/BearerAuth/properties/type/const",keyword:"const",params:{allowedValue: "bearer"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.token !== undefined){
let data18 = data11.token;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err37 = {instancePath:instancePath+"/auth/token",schemaPath:"#/definitions/BearerAuth/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err38 = {instancePath:instancePath+"/auth/token",schemaPath:"#/definitions/BearerAuth/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err39 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BearerAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else if(tag0 === "basic"){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.type === undefined){
const err40 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BasicAuth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data11.username === undefined){
const err41 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BasicAuth/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data11.password === undefined){
const err42 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BasicAuth/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key4 in data11){
if(!(((key4 === "type") || (key4 === "username")) || (key4 === "password"))){
const err43 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BasicAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data11.type !== undefined){
if("basic" !== data11.type){
const err44 = {instancePath:instancePath+"/auth/type",schemaPath:"#/definitions/BasicAuth/properties/type/const",keyword:"const",params:{allowedValue: "basic"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data11.username !== undefined){
if(typeof data11.username !== "string"){
const err45 = {instancePath:instancePath+"/auth/username",schemaPath:"#/definitions/BasicAuth/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data11.password !== undefined){
if(typeof data11.password !== "string"){
const err46 = {instancePath:instancePath+"/auth/password",schemaPath:"#/definitions/BasicAuth/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err47 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BasicAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err48 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
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
const err49 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
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
const err50 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.allowedHosts !== undefined){
let data22 = data.allowedHosts;
if(Array.isArray(data22)){
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
let data23 = data22[i0];
if(typeof data23 === "string"){
if(func3(data23) < 1){
const err51 = {instancePath:instancePath+"/allowedHosts/" + i0,schemaPath:"#/properties/allowedHosts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err52 = {instancePath:instancePath+"/allowedHosts/" + i0,schemaPath:"#/properties/allowedHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
let i1 = data22.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data22[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err53 = {instancePath:instancePath+"/allowedHosts",schemaPath:"#/properties/allowedHosts/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err54 = {instancePath:instancePath+"/allowedHosts",schemaPath:"#/properties/allowedHosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.timeoutMs !== undefined){
let data24 = data.timeoutMs;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err55 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 2147483647 || isNaN(data24)){
const err56 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data24 < 1 || isNaN(data24)){
const err57 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data.connectionTimeoutMs !== undefined){
let data25 = data.connectionTimeoutMs;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err58 = {instancePath:instancePath+"/connectionTimeoutMs",schemaPath:"#/properties/connectionTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 2147483647 || isNaN(data25)){
const err59 = {instancePath:instancePath+"/connectionTimeoutMs",schemaPath:"#/properties/connectionTimeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data25 < 1 || isNaN(data25)){
const err60 = {instancePath:instancePath+"/connectionTimeoutMs",schemaPath:"#/properties/connectionTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.deadlineMs !== undefined){
let data26 = data.deadlineMs;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err61 = {instancePath:instancePath+"/deadlineMs",schemaPath:"#/properties/deadlineMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 2147483647 || isNaN(data26)){
const err62 = {instancePath:instancePath+"/deadlineMs",schemaPath:"#/properties/deadlineMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data26 < 1 || isNaN(data26)){
const err63 = {instancePath:instancePath+"/deadlineMs",schemaPath:"#/properties/deadlineMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.maxResponseBytes !== undefined){
let data27 = data.maxResponseBytes;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err64 = {instancePath:instancePath+"/maxResponseBytes",schemaPath:"#/properties/maxResponseBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err65 = {instancePath:instancePath+"/maxResponseBytes",schemaPath:"#/properties/maxResponseBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data.retry !== undefined){
let data28 = data.retry;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key5 in data28){
if(!((((((key5 === "limit") || (key5 === "statuses")) || (key5 === "baseDelayMs")) || (key5 === "maxDelayMs")) || (key5 === "maxRetryAfterMs")) || (key5 === "retryNonIdempotent"))){
const err66 = {instancePath:instancePath+"/retry",schemaPath:"#/definitions/RetryOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data28.limit !== undefined){
let data29 = data28.limit;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err67 = {instancePath:instancePath+"/retry/limit",schemaPath:"#/definitions/RetryOptions/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 10 || isNaN(data29)){
const err68 = {instancePath:instancePath+"/retry/limit",schemaPath:"#/definitions/RetryOptions/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data29 < 0 || isNaN(data29)){
const err69 = {instancePath:instancePath+"/retry/limit",schemaPath:"#/definitions/RetryOptions/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data28.statuses !== undefined){
let data30 = data28.statuses;
if(Array.isArray(data30)){
const len1 = data30.length;
for(let i2=0; i2<len1; i2++){
let data31 = data30[i2];
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err70 = {instancePath:instancePath+"/retry/statuses/" + i2,schemaPath:"#/definitions/RetryOptions/properties/statuses/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 599 || isNaN(data31)){
const err71 = {instancePath:instancePath+"/retry/statuses/" + i2,schemaPath:"#/definitions/RetryOptions/properties/statuses/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data31 < 100 || isNaN(data31)){
const err72 = {instancePath:instancePath+"/retry/statuses/" + i2,schemaPath:"#/definitions/RetryOptions/properties/statuses/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
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
else {
const err73 = {instancePath:instancePath+"/retry/statuses",schemaPath:"#/definitions/RetryOptions/properties/statuses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data28.baseDelayMs !== undefined){
let data32 = data28.baseDelayMs;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err74 = {instancePath:instancePath+"/retry/baseDelayMs",schemaPath:"#/definitions/RetryOptions/properties/baseDelayMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 2147483647 || isNaN(data32)){
const err75 = {instancePath:instancePath+"/retry/baseDelayMs",schemaPath:"#/definitions/RetryOptions/properties/baseDelayMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data32 < 0 || isNaN(data32)){
const err76 = {instancePath:instancePath+"/retry/baseDelayMs",schemaPath:"#/definitions/RetryOptions/properties/baseDelayMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data28.maxDelayMs !== undefined){
let data33 = data28.maxDelayMs;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err77 = {instancePath:instancePath+"/retry/maxDelayMs",schemaPath:"#/definitions/RetryOptions/properties/maxDelayMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 2147483647 || isNaN(data33)){
const err78 = {instancePath:instancePath+"/retry/maxDelayMs",schemaPath:"#/definitions/RetryOptions/properties/maxDelayMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data33 < 0 || isNaN(data33)){
const err79 = {instancePath:instancePath+"/retry/maxDelayMs",schemaPath:"#/definitions/RetryOptions/properties/maxDelayMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data28.maxRetryAfterMs !== undefined){
let data34 = data28.maxRetryAfterMs;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err80 = {instancePath:instancePath+"/retry/maxRetryAfterMs",schemaPath:"#/definitions/RetryOptions/properties/maxRetryAfterMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 2147483647 || isNaN(data34)){
const err81 = {instancePath:instancePath+"/retry/maxRetryAfterMs",schemaPath:"#/definitions/RetryOptions/properties/maxRetryAfterMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data34 < 0 || isNaN(data34)){
const err82 = {instancePath:instancePath+"/retry/maxRetryAfterMs",schemaPath:"#/definitions/RetryOptions/properties/maxRetryAfterMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data28.retryNonIdempotent !== undefined){
if(typeof data28.retryNonIdempotent !== "boolean"){
const err83 = {instancePath:instancePath+"/retry/retryNonIdempotent",schemaPath:"#/definitions/RetryOptions/properties/retryNonIdempotent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/retry",schemaPath:"#/definitions/RetryOptions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.rateLimit !== undefined){
let data36 = data.rateLimit;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.requests === undefined){
const err85 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/definitions/RateLimitOptions/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data36.perMs === undefined){
const err86 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/definitions/RateLimitOptions/required",keyword:"required",params:{missingProperty: "perMs"},message:"must have required property '"+"perMs"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key6 in data36){
if(!(((key6 === "requests") || (key6 === "perMs")) || (key6 === "key"))){
const err87 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/definitions/RateLimitOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data36.requests !== undefined){
let data37 = data36.requests;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err88 = {instancePath:instancePath+"/rateLimit/requests",schemaPath:"#/definitions/RateLimitOptions/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 1 || isNaN(data37)){
const err89 = {instancePath:instancePath+"/rateLimit/requests",schemaPath:"#/definitions/RateLimitOptions/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
if(data36.perMs !== undefined){
let data38 = data36.perMs;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err90 = {instancePath:instancePath+"/rateLimit/perMs",schemaPath:"#/definitions/RateLimitOptions/properties/perMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 2147483647 || isNaN(data38)){
const err91 = {instancePath:instancePath+"/rateLimit/perMs",schemaPath:"#/definitions/RateLimitOptions/properties/perMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data38 < 1 || isNaN(data38)){
const err92 = {instancePath:instancePath+"/rateLimit/perMs",schemaPath:"#/definitions/RateLimitOptions/properties/perMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
if(data36.key !== undefined){
if(typeof data36.key !== "string"){
const err93 = {instancePath:instancePath+"/rateLimit/key",schemaPath:"#/definitions/RateLimitOptions/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/definitions/RateLimitOptions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.responseType !== undefined){
let data40 = data.responseType;
if(typeof data40 !== "string"){
const err95 = {instancePath:instancePath+"/responseType",schemaPath:"#/properties/responseType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!((((data40 === "auto") || (data40 === "json")) || (data40 === "text")) || (data40 === "bytes"))){
const err96 = {instancePath:instancePath+"/responseType",schemaPath:"#/properties/responseType/enum",keyword:"enum",params:{allowedValues: schema11.properties.responseType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.responseSchema !== undefined){
let data41 = data.responseSchema;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
}
else {
const err97 = {instancePath:instancePath+"/responseSchema",schemaPath:"#/properties/responseSchema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.followRedirects !== undefined){
let data42 = data.followRedirects;
if((typeof data42 !== "boolean") && (!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42))))){
const err98 = {instancePath:instancePath+"/followRedirects",schemaPath:"#/properties/followRedirects/type",keyword:"type",params:{type: schema11.properties.followRedirects.type},message:"must be boolean,integer"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 20 || isNaN(data42)){
const err99 = {instancePath:instancePath+"/followRedirects",schemaPath:"#/properties/followRedirects/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data42 < 0 || isNaN(data42)){
const err100 = {instancePath:instancePath+"/followRedirects",schemaPath:"#/properties/followRedirects/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
}
else {
const err101 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}