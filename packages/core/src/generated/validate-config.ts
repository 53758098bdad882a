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
const schema11 = {"type":"object","additionalProperties":false,"required":["url"],"properties":{"$schema":{"type":"string"},"url":{"type":"string","minLength":1},"method":{"type":"string","enum":["GET","POST","PUT","PATCH","DELETE","HEAD","OPTIONS"]},"headers":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"query":{"type":"object","additionalProperties":true},"queryArrayFormat":{"type":"string","enum":["repeat","indices","brackets","comma"]},"queryEncoding":{"type":"string","enum":["rfc3986","uriComponent","urlSearchParams"]},"formArrayFormat":{"type":"string","enum":["indices","repeat","brackets","comma"]},"body":{"type":["object","array","string","number","boolean","null"],"additionalProperties":true},"allowBodyOnGet":{"type":"boolean"},"allowSlashInPathValues":{"type":"boolean"},"auth":{"type":"object","discriminator":{"propertyName":"type"},"required":["type"],"properties":{"type":{"type":"string","enum":["apiKey","bearer","basic","oauth2"]}},"oneOf":[{"$ref":"#/definitions/ApiKeyAuth"},{"$ref":"#/definitions/BearerAuth"},{"$ref":"#/definitions/BasicAuth"},{"$ref":"#/definitions/OAuth2Auth"}]},"allowedHosts":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"timeoutMs":{"type":"integer","minimum":1,"maximum":2147483647},"connectionTimeoutMs":{"type":"integer","minimum":1,"maximum":2147483647},"deadlineMs":{"type":"integer","minimum":1,"maximum":2147483647},"maxResponseBytes":{"type":"integer","minimum":0},"retry":{"$ref":"#/definitions/RetryOptions"},"rateLimit":{"$ref":"#/definitions/RateLimitOptions"},"responseType":{"type":"string","enum":["auto","json","text","bytes"]},"responseSchema":{"type":"object","additionalProperties":true},"followRedirects":{"type":["boolean","integer"],"minimum":0,"maximum":20}},"definitions":{"ApiKeyAuth":{"type":"object","additionalProperties":false,"required":["type","in","name","value"],"properties":{"type":{"const":"apiKey"},"in":{"type":"string","enum":["header","query"]},"name":{"type":"string","minLength":1},"value":{"type":"string","minLength":1}}},"BearerAuth":{"type":"object","additionalProperties":false,"required":["type","token"],"properties":{"type":{"const":"bearer"},"token":{"type":"string","minLength":1}}},"BasicAuth":{"type":"object","additionalProperties":false,"required":["type","username","password"],"properties":{"type":{"const":"basic"},"username":{"type":"string"},"password":{"type":"string"}}},"OAuth2Auth":{"type":"object","discriminator":{"propertyName":"grant"},"required":["type","grant"],"properties":{"type":{"const":"oauth2"},"grant":{"type":"string","enum":["refresh_token","client_credentials","jwt-bearer"]}},"oneOf":[{"$ref":"#/definitions/OAuth2RefreshTokenAuth"},{"$ref":"#/definitions/OAuth2ClientCredentialsAuth"},{"$ref":"#/definitions/OAuth2JwtBearerAuth"}]},"OAuth2RefreshTokenAuth":{"type":"object","additionalProperties":false,"required":["type","grant","tokenUrl","clientId","refreshToken"],"properties":{"type":{"const":"oauth2"},"grant":{"const":"refresh_token"},"tokenUrl":{"type":"string","minLength":1},"clientId":{"type":"string","minLength":1},"clientSecret":{"type":"string","pattern":"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},"refreshToken":{"type":"string","pattern":"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},"scopes":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"clientAuth":{"type":"string","enum":["basic","post"]}}},"OAuth2ClientCredentialsAuth":{"type":"object","additionalProperties":false,"required":["type","grant","tokenUrl","clientId","clientSecret"],"properties":{"type":{"const":"oauth2"},"grant":{"const":"client_credentials"},"tokenUrl":{"type":"string","minLength":1},"clientId":{"type":"string","minLength":1},"clientSecret":{"type":"string","pattern":"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},"scopes":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"audience":{"type":"string","minLength":1},"clientAuth":{"type":"string","enum":["basic","post"]}}},"OAuth2JwtBearerAuth":{"type":"object","additionalProperties":false,"required":["type","grant","serviceAccount","scopes"],"properties":{"type":{"const":"oauth2"},"grant":{"const":"jwt-bearer"},"serviceAccount":{"type":"string","pattern":"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},"scopes":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true},"subject":{"type":"string","minLength":1},"tokenUrl":{"type":"string","minLength":1}}},"RetryOptions":{"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":0,"maximum":10},"statuses":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599}},"baseDelayMs":{"type":"integer","minimum":0,"maximum":2147483647},"maxDelayMs":{"type":"integer","minimum":0,"maximum":2147483647},"maxRetryAfterMs":{"type":"integer","minimum":0,"maximum":2147483647},"retryNonIdempotent":{"type":"boolean"}}},"RateLimitOptions":{"type":"object","additionalProperties":false,"required":["requests","perMs"],"properties":{"requests":{"type":"integer","minimum":1},"perMs":{"type":"integer","minimum":1,"maximum":2147483647},"key":{"type":"string"}}}}};
const schema16 = {"type":"object","additionalProperties":false,"required":["type","in","name","value"],"properties":{"type":{"const":"apiKey"},"in":{"type":"string","enum":["header","query"]},"name":{"type":"string","minLength":1},"value":{"type":"string","minLength":1}}};
const schema17 = {"type":"object","additionalProperties":false,"required":["type","token"],"properties":{"type":{"const":"bearer"},"token":{"type":"string","minLength":1}}};
const schema18 = {"type":"object","additionalProperties":false,"required":["type","username","password"],"properties":{"type":{"const":"basic"},"username":{"type":"string"},"password":{"type":"string"}}};
const schema19 = {"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":0,"maximum":10},"statuses":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599}},"baseDelayMs":{"type":"integer","minimum":0,"maximum":2147483647},"maxDelayMs":{"type":"integer","minimum":0,"maximum":2147483647},"maxRetryAfterMs":{"type":"integer","minimum":0,"maximum":2147483647},"retryNonIdempotent":{"type":"boolean"}}};
const schema20 = {"type":"object","additionalProperties":false,"required":["requests","perMs"],"properties":{"requests":{"type":"integer","minimum":1},"perMs":{"type":"integer","minimum":1,"maximum":2147483647},"key":{"type":"string"}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ajvRuntime_ucs2length;
const schema12 = {"type":"object","discriminator":{"propertyName":"grant"},"required":["type","grant"],"properties":{"type":{"const":"oauth2"},"grant":{"type":"string","enum":["refresh_token","client_credentials","jwt-bearer"]}},"oneOf":[{"$ref":"#/definitions/OAuth2RefreshTokenAuth"},{"$ref":"#/definitions/OAuth2ClientCredentialsAuth"},{"$ref":"#/definitions/OAuth2JwtBearerAuth"}]};
const schema13 = {"type":"object","additionalProperties":false,"required":["type","grant","tokenUrl","clientId","refreshToken"],"properties":{"type":{"const":"oauth2"},"grant":{"const":"refresh_token"},"tokenUrl":{"type":"string","minLength":1},"clientId":{"type":"string","minLength":1},"clientSecret":{"type":"string","pattern":"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},"refreshToken":{"type":"string","pattern":"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},"scopes":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"clientAuth":{"type":"string","enum":["basic","post"]}}};
const schema14 = {"type":"object","additionalProperties":false,"required":["type","grant","tokenUrl","clientId","clientSecret"],"properties":{"type":{"const":"oauth2"},"grant":{"const":"client_credentials"},"tokenUrl":{"type":"string","minLength":1},"clientId":{"type":"string","minLength":1},"clientSecret":{"type":"string","pattern":"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},"scopes":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"audience":{"type":"string","minLength":1},"clientAuth":{"type":"string","enum":["basic","post"]}}};
const schema15 = {"type":"object","additionalProperties":false,"required":["type","grant","serviceAccount","scopes"],"properties":{"type":{"const":"oauth2"},"grant":{"const":"jwt-bearer"},"serviceAccount":{"type":"string","pattern":"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},"scopes":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true},"subject":{"type":"string","minLength":1},"tokenUrl":{"type":"string","minLength":1}}};
const pattern0 = new RegExp("^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.grant === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "grant"},message:"must have required property '"+"grant"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type !== undefined){
if("oauth2" !== data.type){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "oauth2"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.grant !== undefined){
let data1 = data.grant;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/grant",schemaPath:"#/properties/grant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data1 === "refresh_token") || (data1 === "client_credentials")) || (data1 === "jwt-bearer"))){
const err4 = {instancePath:instancePath+"/grant",schemaPath:"#/properties/grant/enum",keyword:"enum",params:{allowedValues: schema12.properties.grant.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
const tag0 = data.grant;
if(typeof tag0 == "string"){
if(tag0 === "refresh_token"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err5 = {instancePath,schemaPath:"#/definitions/OAuth2RefreshTokenAuth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.grant === undefined){
const err6 = {instancePath,schemaPath:"#/definitions/OAuth2RefreshTokenAuth/required",keyword:"required",params:{missingProperty: "grant"},message:"must have required property '"+"grant"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.tokenUrl === undefined){
const err7 = {instancePath,schemaPath:"#/definitions/OAuth2RefreshTokenAuth/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.clientId === undefined){
const err8 = {instancePath,schemaPath:"#/definitions/OAuth2RefreshTokenAuth/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.refreshToken === undefined){
const err9 = {instancePath,schemaPath:"#/definitions/OAuth2RefreshTokenAuth/required",keyword:"required",params:{missingProperty: "refreshToken"},message:"must have required property '"+"refreshToken"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "grant")) || (key0 === "tokenUrl")) || (key0 === "clientId")) || (key0 === "clientSecret")) || (key0 === "refreshToken")) || (key0 === "scopes")) || (key0 === "clientAuth"))){
const err10 = {instancePath,schemaPath:"#/definitions/OAuth2RefreshTokenAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.type !== undefined){
if("oauth2" !== data.type){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/type/const",keyword:"const",params:{allowedValue: "oauth2"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.grant !== undefined){
if("refresh_token" !== data.grant){
const err12 = {instancePath:instancePath+"/grant",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/grant/const",keyword:"const",params:{allowedValue: "refresh_token"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
let data4 = data.tokenUrl;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err13 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/tokenUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err14 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.clientId !== undefined){
let data5 = data.clientId;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err15 = {instancePath:instancePath+"/clientId",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err16 = {instancePath:instancePath+"/clientId",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data6 = data.clientSecret;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err17 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/clientSecret/pattern",keyword:"pattern",params:{pattern: "^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},message:"must match pattern \""+"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"+"\""};
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
const err18 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/clientSecret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.refreshToken !== undefined){
let data7 = data.refreshToken;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err19 = {instancePath:instancePath+"/refreshToken",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/refreshToken/pattern",keyword:"pattern",params:{pattern: "^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},message:"must match pattern \""+"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"+"\""};
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
const err20 = {instancePath:instancePath+"/refreshToken",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/refreshToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.scopes !== undefined){
let data8 = data.scopes;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err21 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/scopes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i1 = data8.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data8[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err23 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/scopes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err24 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.clientAuth !== undefined){
let data10 = data.clientAuth;
if(typeof data10 !== "string"){
const err25 = {instancePath:instancePath+"/clientAuth",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/clientAuth/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!((data10 === "basic") || (data10 === "post"))){
const err26 = {instancePath:instancePath+"/clientAuth",schemaPath:"#/definitions/OAuth2RefreshTokenAuth/properties/clientAuth/enum",keyword:"enum",params:{allowedValues: schema13.properties.clientAuth.enum},message:"must be equal to one of the allowed values"};
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
const err27 = {instancePath,schemaPath:"#/definitions/OAuth2RefreshTokenAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else if(tag0 === "client_credentials"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err28 = {instancePath,schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.grant === undefined){
const err29 = {instancePath,schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/required",keyword:"required",params:{missingProperty: "grant"},message:"must have required property '"+"grant"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.tokenUrl === undefined){
const err30 = {instancePath,schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.clientId === undefined){
const err31 = {instancePath,schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.clientSecret === undefined){
const err32 = {instancePath,schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/required",keyword:"required",params:{missingProperty: "clientSecret"},message:"must have required property '"+"clientSecret"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key1 in data){
if(!((((((((key1 === "type") || (key1 === "grant")) || (key1 === "tokenUrl")) || (key1 === "clientId")) || (key1 === "clientSecret")) || (key1 === "scopes")) || (key1 === "audience")) || (key1 === "clientAuth"))){
const err33 = {instancePath,schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.type !== undefined){
if("oauth2" !== data.type){
const err34 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/type/const",keyword:"const",params:{allowedValue: "oauth2"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.grant !== undefined){
if("client_credentials" !== data.grant){
const err35 = {instancePath:instancePath+"/grant",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/grant/const",keyword:"const",params:{allowedValue: "client_credentials"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
let data13 = data.tokenUrl;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err36 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/tokenUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err37 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.clientId !== undefined){
let data14 = data.clientId;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err38 = {instancePath:instancePath+"/clientId",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err39 = {instancePath:instancePath+"/clientId",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.clientSecret !== undefined){
let data15 = data.clientSecret;
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err40 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/clientSecret/pattern",keyword:"pattern",params:{pattern: "^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},message:"must match pattern \""+"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"+"\""};
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
const err41 = {instancePath:instancePath+"/clientSecret",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/clientSecret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.scopes !== undefined){
let data16 = data.scopes;
if(Array.isArray(data16)){
const len1 = data16.length;
for(let i2=0; i2<len1; i2++){
let data17 = data16[i2];
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err42 = {instancePath:instancePath+"/scopes/" + i2,schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/scopes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err43 = {instancePath:instancePath+"/scopes/" + i2,schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i3 = data16.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data16[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err44 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/scopes/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err45 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.audience !== undefined){
let data18 = data.audience;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err46 = {instancePath:instancePath+"/audience",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/audience/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err47 = {instancePath:instancePath+"/audience",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.clientAuth !== undefined){
let data19 = data.clientAuth;
if(typeof data19 !== "string"){
const err48 = {instancePath:instancePath+"/clientAuth",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/clientAuth/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!((data19 === "basic") || (data19 === "post"))){
const err49 = {instancePath:instancePath+"/clientAuth",schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/properties/clientAuth/enum",keyword:"enum",params:{allowedValues: schema14.properties.clientAuth.enum},message:"must be equal to one of the allowed values"};
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
const err50 = {instancePath,schemaPath:"#/definitions/OAuth2ClientCredentialsAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else if(tag0 === "jwt-bearer"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err51 = {instancePath,schemaPath:"#/definitions/OAuth2JwtBearerAuth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data.grant === undefined){
const err52 = {instancePath,schemaPath:"#/definitions/OAuth2JwtBearerAuth/required",keyword:"required",params:{missingProperty: "grant"},message:"must have required property '"+"grant"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data.serviceAccount === undefined){
const err53 = {instancePath,schemaPath:"#/definitions/OAuth2JwtBearerAuth/required",keyword:"required",params:{missingProperty: "serviceAccount"},message:"must have required property '"+"serviceAccount"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data.scopes === undefined){
const err54 = {instancePath,schemaPath:"#/definitions/OAuth2JwtBearerAuth/required",keyword:"required",params:{missingProperty: "scopes"},message:"must have required property '"+"scopes"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key2 in data){
if(!((((((key2 === "type") || (key2 === "grant")) || (key2 === "serviceAccount")) || (key2 === "scopes")) || (key2 === "subject")) || (key2 === "tokenUrl"))){
const err55 = {instancePath,schemaPath:"#/definitions/OAuth2JwtBearerAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.type !== undefined){
if("oauth2" !== data.type){
const err56 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/type/const",keyword:"const",params:{allowedValue: "oauth2"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.grant !== undefined){
if("jwt-bearer" !== data.grant){
const err57 = {instancePath:instancePath+"/grant",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/grant/const",keyword:"const",params:{allowedValue: "jwt-bearer"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.serviceAccount !== undefined){
let data22 = data.serviceAccount;
if(typeof data22 === "string"){
if(!pattern0.test(data22)){
const err58 = {instancePath:instancePath+"/serviceAccount",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/serviceAccount/pattern",keyword:"pattern",params:{pattern: "^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"},message:"must match pattern \""+"^\\{\\{\\s*secrets\\.[A-Za-z_$][\\w$-]*\\s*\\}\\}$"+"\""};
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
const err59 = {instancePath:instancePath+"/serviceAccount",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/serviceAccount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.scopes !== undefined){
let data23 = data.scopes;
if(Array.isArray(data23)){
if(data23.length < 1){
const err60 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/scopes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
const len2 = data23.length;
for(let i4=0; i4<len2; i4++){
let data24 = data23[i4];
if(typeof data24 === "string"){
if(func3(data24) < 1){
const err61 = {instancePath:instancePath+"/scopes/" + i4,schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/scopes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/scopes/" + i4,schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
let i5 = data23.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data23[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err63 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/scopes/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err64 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.subject !== undefined){
let data25 = data.subject;
if(typeof data25 === "string"){
if(func3(data25) < 1){
const err65 = {instancePath:instancePath+"/subject",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err66 = {instancePath:instancePath+"/subject",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
let data26 = data.tokenUrl;
if(typeof data26 === "string"){
if(func3(data26) < 1){
const err67 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/tokenUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/definitions/OAuth2JwtBearerAuth/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err69 = {instancePath,schemaPath:"#/definitions/OAuth2JwtBearerAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err70 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "grant", tagValue: tag0},message:"value of tag \"grant\" must be in oneOf"};
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
const err71 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "grant", tagValue: tag0},message:"tag \"grant\" must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


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
if(data.queryEncoding !== undefined){
let data7 = data.queryEncoding;
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/queryEncoding",schemaPath:"#/properties/queryEncoding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data7 === "rfc3986") || (data7 === "uriComponent")) || (data7 === "urlSearchParams"))){
const err13 = {instancePath:instancePath+"/queryEncoding",schemaPath:"#/properties/queryEncoding/enum",keyword:"enum",params:{allowedValues: schema11.properties.queryEncoding.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.formArrayFormat !== undefined){
let data8 = data.formArrayFormat;
if(typeof data8 !== "string"){
const err14 = {instancePath:instancePath+"/formArrayFormat",schemaPath:"#/properties/formArrayFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data8 === "indices") || (data8 === "repeat")) || (data8 === "brackets")) || (data8 === "comma"))){
const err15 = {instancePath:instancePath+"/formArrayFormat",schemaPath:"#/properties/formArrayFormat/enum",keyword:"enum",params:{allowedValues: schema11.properties.formArrayFormat.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.body !== undefined){
let data9 = data.body;
if((((typeof data9 != "object") && (typeof data9 !== "string")) && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
const err16 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: schema11.properties.body.type},message:"must be object,array,string,number,boolean,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.allowBodyOnGet !== undefined){
if(typeof data.allowBodyOnGet !== "boolean"){
const err17 = {instancePath:instancePath+"/allowBodyOnGet",schemaPath:"#/properties/allowBodyOnGet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.allowSlashInPathValues !== undefined){
if(typeof data.allowSlashInPathValues !== "boolean"){
const err18 = {instancePath:instancePath+"/allowSlashInPathValues",schemaPath:"#/properties/allowSlashInPathValues/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.auth !== undefined){
let data12 = data.auth;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.type === undefined){
const err19 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data12.type !== undefined){
let data13 = data12.type;
if(typeof data13 !== "string"){
const err20 = {instancePath:instancePath+"/auth/type",schemaPath:"#/properties/auth/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((data13 === "apiKey") || (data13 === "bearer")) || (data13 === "basic")) || (data13 === "oauth2"))){
const err21 = {instancePath:instancePath+"/auth/type",schemaPath:"#/properties/auth/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.auth.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
const tag0 = data12.type;
if(typeof tag0 == "string"){
if(tag0 === "apiKey"){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.type === undefined){
const err22 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data12.in === undefined){
const err23 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/required",keyword:"required",params:{missingProperty: "in"},message:"must have required property '"+"in"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12.name === undefined){
const err24 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12.value === undefined){
const err25 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data12){
if(!((((key2 === "type") || (key2 === "in")) || (key2 === "name")) || (key2 === "value"))){
const err26 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.type !== undefined){
if("apiKey" !== data12.type){
const err27 = {instancePath:instancePath+"/auth/type",schemaPath:"#/definitions/ApiKeyAuth/properties/type/const",keyword:"const",params:{allowedValue: "apiKey"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.in !== undefined){
let data15 = data12.in;
if(typeof data15 !== "string"){
const err28 = {instancePath:instancePath+"/auth/in",schemaPath:"#/definitions/ApiKeyAuth/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((data15 === "header") || (data15 === "query"))){
const err29 = {instancePath:instancePath+"/auth/in",schemaPath:"#/definitions/ApiKeyAuth/properties/in/enum",keyword:"enum",params:{allowedValues: schema16.properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.name !== undefined){
let data16 = data12.name;
if(typeof data16 === "string"){
if(func3(data16) < 1){
const err30 = {instancePath:instancePath+"/auth/name",schemaPath:"#/definitions/ApiKeyAuth/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err31 = {instancePath:instancePath+"/auth/name",schemaPath:"#/definitions/ApiKeyAuth/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data12.value !== undefined){
let data17 = data12.value;
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err32 = {instancePath:instancePath+"/auth/value",schemaPath:"#/definitions/ApiKeyAuth/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/auth/value",schemaPath:"#/definitions/ApiKeyAuth/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err34 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/ApiKeyAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else if(tag0 === "bearer"){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.type === undefined){
const err35 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BearerAuth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data12.token === undefined){
const err36 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BearerAuth/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data12){
if(!((key3 === "type") || (key3 === "token"))){
const err37 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BearerAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data12.type !== undefined){
if("bearer" !== data12.type){
const err38 = {instancePath:instancePath+"/auth/type",schemaPath:"#/definitions/BearerAuth/properties/type/const",keyword:"const",params:{allowedValue: "bearer"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data12.token !== undefined){
let data19 = data12.token;
if(typeof data19 === "string"){
if(func3(data19) < 1){
const err39 = {instancePath:instancePath+"/auth/token",schemaPath:"#/definitions/BearerAuth/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err40 = {instancePath:instancePath+"/auth/token",schemaPath:"#/definitions/BearerAuth/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err41 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BearerAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else if(tag0 === "basic"){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.type === undefined){
const err42 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BasicAuth/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data12.username === undefined){
const err43 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BasicAuth/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data12.password === undefined){
const err44 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BasicAuth/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key4 in data12){
if(!(((key4 === "type") || (key4 === "username")) || (key4 === "password"))){
const err45 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BasicAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data12.type !== undefined){
if("basic" !== data12.type){
const err46 = {instancePath:instancePath+"/auth/type",schemaPath:"#/definitions/BasicAuth/properties/type/const",keyword:"const",params:{allowedValue: "basic"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.username !== undefined){
if(typeof data12.username !== "string"){
const err47 = {instancePath:instancePath+"/auth/username",schemaPath:"#/definitions/BasicAuth/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data12.password !== undefined){
if(typeof data12.password !== "string"){
const err48 = {instancePath:instancePath+"/auth/password",schemaPath:"#/definitions/BasicAuth/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err49 = {instancePath:instancePath+"/auth",schemaPath:"#/definitions/BasicAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else if(tag0 === "oauth2"){
if(!(validate11(data12, {instancePath:instancePath+"/auth",parentData:data,parentDataProperty:"auth",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
else {
const err50 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"};
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
const err51 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"};
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
const err52 = {instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.allowedHosts !== undefined){
let data23 = data.allowedHosts;
if(Array.isArray(data23)){
const len0 = data23.length;
for(let i0=0; i0<len0; i0++){
let data24 = data23[i0];
if(typeof data24 === "string"){
if(func3(data24) < 1){
const err53 = {instancePath:instancePath+"/allowedHosts/" + i0,schemaPath:"#/properties/allowedHosts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err54 = {instancePath:instancePath+"/allowedHosts/" + i0,schemaPath:"#/properties/allowedHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
let i1 = data23.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data23[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err55 = {instancePath:instancePath+"/allowedHosts",schemaPath:"#/properties/allowedHosts/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err56 = {instancePath:instancePath+"/allowedHosts",schemaPath:"#/properties/allowedHosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.timeoutMs !== undefined){
let data25 = data.timeoutMs;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err57 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 2147483647 || isNaN(data25)){
const err58 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data25 < 1 || isNaN(data25)){
const err59 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.connectionTimeoutMs !== undefined){
let data26 = data.connectionTimeoutMs;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err60 = {instancePath:instancePath+"/connectionTimeoutMs",schemaPath:"#/properties/connectionTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 2147483647 || isNaN(data26)){
const err61 = {instancePath:instancePath+"/connectionTimeoutMs",schemaPath:"#/properties/connectionTimeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data26 < 1 || isNaN(data26)){
const err62 = {instancePath:instancePath+"/connectionTimeoutMs",schemaPath:"#/properties/connectionTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.deadlineMs !== undefined){
let data27 = data.deadlineMs;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err63 = {instancePath:instancePath+"/deadlineMs",schemaPath:"#/properties/deadlineMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 2147483647 || isNaN(data27)){
const err64 = {instancePath:instancePath+"/deadlineMs",schemaPath:"#/properties/deadlineMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data27 < 1 || isNaN(data27)){
const err65 = {instancePath:instancePath+"/deadlineMs",schemaPath:"#/properties/deadlineMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.maxResponseBytes !== undefined){
let data28 = data.maxResponseBytes;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err66 = {instancePath:instancePath+"/maxResponseBytes",schemaPath:"#/properties/maxResponseBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err67 = {instancePath:instancePath+"/maxResponseBytes",schemaPath:"#/properties/maxResponseBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.retry !== undefined){
let data29 = data.retry;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key5 in data29){
if(!((((((key5 === "limit") || (key5 === "statuses")) || (key5 === "baseDelayMs")) || (key5 === "maxDelayMs")) || (key5 === "maxRetryAfterMs")) || (key5 === "retryNonIdempotent"))){
const err68 = {instancePath:instancePath+"/retry",schemaPath:"#/definitions/RetryOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data29.limit !== undefined){
let data30 = data29.limit;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err69 = {instancePath:instancePath+"/retry/limit",schemaPath:"#/definitions/RetryOptions/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 10 || isNaN(data30)){
const err70 = {instancePath:instancePath+"/retry/limit",schemaPath:"#/definitions/RetryOptions/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data30 < 0 || isNaN(data30)){
const err71 = {instancePath:instancePath+"/retry/limit",schemaPath:"#/definitions/RetryOptions/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data29.statuses !== undefined){
let data31 = data29.statuses;
if(Array.isArray(data31)){
const len1 = data31.length;
for(let i2=0; i2<len1; i2++){
let data32 = data31[i2];
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err72 = {instancePath:instancePath+"/retry/statuses/" + i2,schemaPath:"#/definitions/RetryOptions/properties/statuses/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 599 || isNaN(data32)){
const err73 = {instancePath:instancePath+"/retry/statuses/" + i2,schemaPath:"#/definitions/RetryOptions/properties/statuses/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data32 < 100 || isNaN(data32)){
const err74 = {instancePath:instancePath+"/retry/statuses/" + i2,schemaPath:"#/definitions/RetryOptions/properties/statuses/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
}
else {
const err75 = {instancePath:instancePath+"/retry/statuses",schemaPath:"#/definitions/RetryOptions/properties/statuses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data29.baseDelayMs !== undefined){
let data33 = data29.baseDelayMs;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err76 = {instancePath:instancePath+"/retry/baseDelayMs",schemaPath:"#/definitions/RetryOptions/properties/baseDelayMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 2147483647 || isNaN(data33)){
const err77 = {instancePath:instancePath+"/retry/baseDelayMs",schemaPath:"#/definitions/RetryOptions/properties/baseDelayMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data33 < 0 || isNaN(data33)){
const err78 = {instancePath:instancePath+"/retry/baseDelayMs",schemaPath:"#/definitions/RetryOptions/properties/baseDelayMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data29.maxDelayMs !== undefined){
let data34 = data29.maxDelayMs;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err79 = {instancePath:instancePath+"/retry/maxDelayMs",schemaPath:"#/definitions/RetryOptions/properties/maxDelayMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 2147483647 || isNaN(data34)){
const err80 = {instancePath:instancePath+"/retry/maxDelayMs",schemaPath:"#/definitions/RetryOptions/properties/maxDelayMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data34 < 0 || isNaN(data34)){
const err81 = {instancePath:instancePath+"/retry/maxDelayMs",schemaPath:"#/definitions/RetryOptions/properties/maxDelayMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data29.maxRetryAfterMs !== undefined){
let data35 = data29.maxRetryAfterMs;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err82 = {instancePath:instancePath+"/retry/maxRetryAfterMs",schemaPath:"#/definitions/RetryOptions/properties/maxRetryAfterMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 2147483647 || isNaN(data35)){
const err83 = {instancePath:instancePath+"/retry/maxRetryAfterMs",schemaPath:"#/definitions/RetryOptions/properties/maxRetryAfterMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data35 < 0 || isNaN(data35)){
const err84 = {instancePath:instancePath+"/retry/maxRetryAfterMs",schemaPath:"#/definitions/RetryOptions/properties/maxRetryAfterMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data29.retryNonIdempotent !== undefined){
if(typeof data29.retryNonIdempotent !== "boolean"){
const err85 = {instancePath:instancePath+"/retry/retryNonIdempotent",schemaPath:"#/definitions/RetryOptions/properties/retryNonIdempotent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/retry",schemaPath:"#/definitions/RetryOptions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.rateLimit !== undefined){
let data37 = data.rateLimit;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.requests === undefined){
const err87 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/definitions/RateLimitOptions/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data37.perMs === undefined){
const err88 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/definitions/RateLimitOptions/required",keyword:"required",params:{missingProperty: "perMs"},message:"must have required property '"+"perMs"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key6 in data37){
if(!(((key6 === "requests") || (key6 === "perMs")) || (key6 === "key"))){
const err89 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/definitions/RateLimitOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data37.requests !== undefined){
let data38 = data37.requests;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err90 = {instancePath:instancePath+"/rateLimit/requests",schemaPath:"#/definitions/RateLimitOptions/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 1 || isNaN(data38)){
const err91 = {instancePath:instancePath+"/rateLimit/requests",schemaPath:"#/definitions/RateLimitOptions/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
if(data37.perMs !== undefined){
let data39 = data37.perMs;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err92 = {instancePath:instancePath+"/rateLimit/perMs",schemaPath:"#/definitions/RateLimitOptions/properties/perMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 2147483647 || isNaN(data39)){
const err93 = {instancePath:instancePath+"/rateLimit/perMs",schemaPath:"#/definitions/RateLimitOptions/properties/perMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data39 < 1 || isNaN(data39)){
const err94 = {instancePath:instancePath+"/rateLimit/perMs",schemaPath:"#/definitions/RateLimitOptions/properties/perMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
if(data37.key !== undefined){
if(typeof data37.key !== "string"){
const err95 = {instancePath:instancePath+"/rateLimit/key",schemaPath:"#/definitions/RateLimitOptions/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/definitions/RateLimitOptions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.responseType !== undefined){
let data41 = data.responseType;
if(typeof data41 !== "string"){
const err97 = {instancePath:instancePath+"/responseType",schemaPath:"#/properties/responseType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(!((((data41 === "auto") || (data41 === "json")) || (data41 === "text")) || (data41 === "bytes"))){
const err98 = {instancePath:instancePath+"/responseType",schemaPath:"#/properties/responseType/enum",keyword:"enum",params:{allowedValues: schema11.properties.responseType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.responseSchema !== undefined){
let data42 = data.responseSchema;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
}
else {
const err99 = {instancePath:instancePath+"/responseSchema",schemaPath:"#/properties/responseSchema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.followRedirects !== undefined){
let data43 = data.followRedirects;
if((typeof data43 !== "boolean") && (!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43))))){
const err100 = {instancePath:instancePath+"/followRedirects",schemaPath:"#/properties/followRedirects/type",keyword:"type",params:{type: schema11.properties.followRedirects.type},message:"must be boolean,integer"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 20 || isNaN(data43)){
const err101 = {instancePath:instancePath+"/followRedirects",schemaPath:"#/properties/followRedirects/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data43 < 0 || isNaN(data43)){
const err102 = {instancePath:instancePath+"/followRedirects",schemaPath:"#/properties/followRedirects/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err103 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}