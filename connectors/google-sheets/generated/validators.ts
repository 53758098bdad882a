// Generated from connectors/google-sheets by `pnpm codegen --write`. Do not edit.
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
export const validateAppendValues: GeneratedValidator = validate10;
const schema11 = {"type":"object","additionalProperties":false,"required":["spreadsheetId","range","valueInputOption","values"],"properties":{"spreadsheetId":{"type":"string","minLength":1},"range":{"type":"string","minLength":1},"valueInputOption":{"type":"string","enum":["USER_ENTERED","RAW"]},"insertDataOption":{"type":"string","enum":["OVERWRITE","INSERT_ROWS"]},"includeValuesInResponse":{"type":"boolean"},"responseValueRenderOption":{"type":"string","enum":["FORMATTED_VALUE","UNFORMATTED_VALUE","FORMULA"]},"responseDateTimeRenderOption":{"type":"string","enum":["SERIAL_NUMBER","FORMATTED_STRING"]},"values":{"type":"array","items":{"type":"array","items":{"type":["string","number","boolean"]}}},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS"]}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ajvRuntime_ucs2length;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spreadsheetId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spreadsheetId"},message:"must have required property '"+"spreadsheetId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.range === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "range"},message:"must have required property '"+"range"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.valueInputOption === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "valueInputOption"},message:"must have required property '"+"valueInputOption"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.values === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.spreadsheetId !== undefined){
let data0 = data.spreadsheetId;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/spreadsheetId",schemaPath:"#/properties/spreadsheetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err6 = {instancePath:instancePath+"/spreadsheetId",schemaPath:"#/properties/spreadsheetId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.range !== undefined){
let data1 = data.range;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.valueInputOption !== undefined){
let data2 = data.valueInputOption;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/valueInputOption",schemaPath:"#/properties/valueInputOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data2 === "USER_ENTERED") || (data2 === "RAW"))){
const err10 = {instancePath:instancePath+"/valueInputOption",schemaPath:"#/properties/valueInputOption/enum",keyword:"enum",params:{allowedValues: schema11.properties.valueInputOption.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.insertDataOption !== undefined){
let data3 = data.insertDataOption;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/insertDataOption",schemaPath:"#/properties/insertDataOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data3 === "OVERWRITE") || (data3 === "INSERT_ROWS"))){
const err12 = {instancePath:instancePath+"/insertDataOption",schemaPath:"#/properties/insertDataOption/enum",keyword:"enum",params:{allowedValues: schema11.properties.insertDataOption.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.includeValuesInResponse !== undefined){
if(typeof data.includeValuesInResponse !== "boolean"){
const err13 = {instancePath:instancePath+"/includeValuesInResponse",schemaPath:"#/properties/includeValuesInResponse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.responseValueRenderOption !== undefined){
let data5 = data.responseValueRenderOption;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/responseValueRenderOption",schemaPath:"#/properties/responseValueRenderOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((data5 === "FORMATTED_VALUE") || (data5 === "UNFORMATTED_VALUE")) || (data5 === "FORMULA"))){
const err15 = {instancePath:instancePath+"/responseValueRenderOption",schemaPath:"#/properties/responseValueRenderOption/enum",keyword:"enum",params:{allowedValues: schema11.properties.responseValueRenderOption.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.responseDateTimeRenderOption !== undefined){
let data6 = data.responseDateTimeRenderOption;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/responseDateTimeRenderOption",schemaPath:"#/properties/responseDateTimeRenderOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data6 === "SERIAL_NUMBER") || (data6 === "FORMATTED_STRING"))){
const err17 = {instancePath:instancePath+"/responseDateTimeRenderOption",schemaPath:"#/properties/responseDateTimeRenderOption/enum",keyword:"enum",params:{allowedValues: schema11.properties.responseDateTimeRenderOption.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.values !== undefined){
let data7 = data.values;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
const err18 = {instancePath:instancePath+"/values/" + i0+"/" + i1,schemaPath:"#/properties/values/items/items/type",keyword:"type",params:{type: schema11.properties.values.items.items.type},message:"must be string,number,boolean"};
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
const err19 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err20 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.majorDimension !== undefined){
let data10 = data.majorDimension;
if(typeof data10 !== "string"){
const err21 = {instancePath:instancePath+"/majorDimension",schemaPath:"#/properties/majorDimension/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((data10 === "ROWS") || (data10 === "COLUMNS"))){
const err22 = {instancePath:instancePath+"/majorDimension",schemaPath:"#/properties/majorDimension/enum",keyword:"enum",params:{allowedValues: schema11.properties.majorDimension.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateBatchGetValues: GeneratedValidator = validate11;
const schema12 = {"type":"object","additionalProperties":false,"required":["spreadsheetId","ranges"],"properties":{"spreadsheetId":{"type":"string","minLength":1},"ranges":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS"]},"valueRenderOption":{"type":"string","enum":["FORMATTED_VALUE","UNFORMATTED_VALUE","FORMULA"]},"dateTimeRenderOption":{"type":"string","enum":["SERIAL_NUMBER","FORMATTED_STRING"]}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spreadsheetId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spreadsheetId"},message:"must have required property '"+"spreadsheetId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ranges === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ranges"},message:"must have required property '"+"ranges"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "spreadsheetId") || (key0 === "ranges")) || (key0 === "majorDimension")) || (key0 === "valueRenderOption")) || (key0 === "dateTimeRenderOption"))){
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
if(data.spreadsheetId !== undefined){
let data0 = data.spreadsheetId;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/spreadsheetId",schemaPath:"#/properties/spreadsheetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/spreadsheetId",schemaPath:"#/properties/spreadsheetId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.ranges !== undefined){
let data1 = data.ranges;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/ranges/" + i0,schemaPath:"#/properties/ranges/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err7 = {instancePath:instancePath+"/ranges/" + i0,schemaPath:"#/properties/ranges/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.majorDimension !== undefined){
let data3 = data.majorDimension;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/majorDimension",schemaPath:"#/properties/majorDimension/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data3 === "ROWS") || (data3 === "COLUMNS"))){
const err10 = {instancePath:instancePath+"/majorDimension",schemaPath:"#/properties/majorDimension/enum",keyword:"enum",params:{allowedValues: schema12.properties.majorDimension.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.valueRenderOption !== undefined){
let data4 = data.valueRenderOption;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/valueRenderOption",schemaPath:"#/properties/valueRenderOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((data4 === "FORMATTED_VALUE") || (data4 === "UNFORMATTED_VALUE")) || (data4 === "FORMULA"))){
const err12 = {instancePath:instancePath+"/valueRenderOption",schemaPath:"#/properties/valueRenderOption/enum",keyword:"enum",params:{allowedValues: schema12.properties.valueRenderOption.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.dateTimeRenderOption !== undefined){
let data5 = data.dateTimeRenderOption;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/dateTimeRenderOption",schemaPath:"#/properties/dateTimeRenderOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data5 === "SERIAL_NUMBER") || (data5 === "FORMATTED_STRING"))){
const err14 = {instancePath:instancePath+"/dateTimeRenderOption",schemaPath:"#/properties/dateTimeRenderOption/enum",keyword:"enum",params:{allowedValues: schema12.properties.dateTimeRenderOption.enum},message:"must be equal to one of the allowed values"};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateClearValues: GeneratedValidator = validate12;
const schema13 = {"type":"object","additionalProperties":false,"required":["spreadsheetId","range"],"properties":{"spreadsheetId":{"type":"string","minLength":1},"range":{"type":"string","minLength":1}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spreadsheetId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spreadsheetId"},message:"must have required property '"+"spreadsheetId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.range === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "range"},message:"must have required property '"+"range"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "spreadsheetId") || (key0 === "range"))){
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
if(data.spreadsheetId !== undefined){
let data0 = data.spreadsheetId;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/spreadsheetId",schemaPath:"#/properties/spreadsheetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/spreadsheetId",schemaPath:"#/properties/spreadsheetId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.range !== undefined){
let data1 = data.range;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err6 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate12.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateGetValues: GeneratedValidator = validate13;
const schema14 = {"type":"object","additionalProperties":false,"required":["spreadsheetId","range"],"properties":{"spreadsheetId":{"type":"string","minLength":1},"range":{"type":"string","minLength":1},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS"]},"valueRenderOption":{"type":"string","enum":["FORMATTED_VALUE","UNFORMATTED_VALUE","FORMULA"]},"dateTimeRenderOption":{"type":"string","enum":["SERIAL_NUMBER","FORMATTED_STRING"]}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spreadsheetId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spreadsheetId"},message:"must have required property '"+"spreadsheetId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.range === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "range"},message:"must have required property '"+"range"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "spreadsheetId") || (key0 === "range")) || (key0 === "majorDimension")) || (key0 === "valueRenderOption")) || (key0 === "dateTimeRenderOption"))){
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
if(data.spreadsheetId !== undefined){
let data0 = data.spreadsheetId;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/spreadsheetId",schemaPath:"#/properties/spreadsheetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/spreadsheetId",schemaPath:"#/properties/spreadsheetId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.range !== undefined){
let data1 = data.range;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err6 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.majorDimension !== undefined){
let data2 = data.majorDimension;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/majorDimension",schemaPath:"#/properties/majorDimension/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data2 === "ROWS") || (data2 === "COLUMNS"))){
const err8 = {instancePath:instancePath+"/majorDimension",schemaPath:"#/properties/majorDimension/enum",keyword:"enum",params:{allowedValues: schema14.properties.majorDimension.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.valueRenderOption !== undefined){
let data3 = data.valueRenderOption;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/valueRenderOption",schemaPath:"#/properties/valueRenderOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data3 === "FORMATTED_VALUE") || (data3 === "UNFORMATTED_VALUE")) || (data3 === "FORMULA"))){
const err10 = {instancePath:instancePath+"/valueRenderOption",schemaPath:"#/properties/valueRenderOption/enum",keyword:"enum",params:{allowedValues: schema14.properties.valueRenderOption.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.dateTimeRenderOption !== undefined){
let data4 = data.dateTimeRenderOption;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/dateTimeRenderOption",schemaPath:"#/properties/dateTimeRenderOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data4 === "SERIAL_NUMBER") || (data4 === "FORMATTED_STRING"))){
const err12 = {instancePath:instancePath+"/dateTimeRenderOption",schemaPath:"#/properties/dateTimeRenderOption/enum",keyword:"enum",params:{allowedValues: schema14.properties.dateTimeRenderOption.enum},message:"must be equal to one of the allowed values"};
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
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

/** Checks data against the schema; on failure its `errors` holds every problem. */
export const validateUpdateValues: GeneratedValidator = validate14;
const schema15 = {"type":"object","additionalProperties":false,"required":["spreadsheetId","range","valueInputOption","values"],"properties":{"spreadsheetId":{"type":"string","minLength":1},"range":{"type":"string","minLength":1},"valueInputOption":{"type":"string","enum":["USER_ENTERED","RAW"]},"includeValuesInResponse":{"type":"boolean"},"responseValueRenderOption":{"type":"string","enum":["FORMATTED_VALUE","UNFORMATTED_VALUE","FORMULA"]},"responseDateTimeRenderOption":{"type":"string","enum":["SERIAL_NUMBER","FORMATTED_STRING"]},"values":{"type":"array","items":{"type":"array","items":{"type":["string","number","boolean"]}}},"majorDimension":{"type":"string","enum":["ROWS","COLUMNS"]}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spreadsheetId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spreadsheetId"},message:"must have required property '"+"spreadsheetId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.range === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "range"},message:"must have required property '"+"range"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.valueInputOption === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "valueInputOption"},message:"must have required property '"+"valueInputOption"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.values === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "spreadsheetId") || (key0 === "range")) || (key0 === "valueInputOption")) || (key0 === "includeValuesInResponse")) || (key0 === "responseValueRenderOption")) || (key0 === "responseDateTimeRenderOption")) || (key0 === "values")) || (key0 === "majorDimension"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.spreadsheetId !== undefined){
let data0 = data.spreadsheetId;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/spreadsheetId",schemaPath:"#/properties/spreadsheetId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err6 = {instancePath:instancePath+"/spreadsheetId",schemaPath:"#/properties/spreadsheetId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.range !== undefined){
let data1 = data.range;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err8 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.valueInputOption !== undefined){
let data2 = data.valueInputOption;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/valueInputOption",schemaPath:"#/properties/valueInputOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data2 === "USER_ENTERED") || (data2 === "RAW"))){
const err10 = {instancePath:instancePath+"/valueInputOption",schemaPath:"#/properties/valueInputOption/enum",keyword:"enum",params:{allowedValues: schema15.properties.valueInputOption.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.includeValuesInResponse !== undefined){
if(typeof data.includeValuesInResponse !== "boolean"){
const err11 = {instancePath:instancePath+"/includeValuesInResponse",schemaPath:"#/properties/includeValuesInResponse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.responseValueRenderOption !== undefined){
let data4 = data.responseValueRenderOption;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/responseValueRenderOption",schemaPath:"#/properties/responseValueRenderOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data4 === "FORMATTED_VALUE") || (data4 === "UNFORMATTED_VALUE")) || (data4 === "FORMULA"))){
const err13 = {instancePath:instancePath+"/responseValueRenderOption",schemaPath:"#/properties/responseValueRenderOption/enum",keyword:"enum",params:{allowedValues: schema15.properties.responseValueRenderOption.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.responseDateTimeRenderOption !== undefined){
let data5 = data.responseDateTimeRenderOption;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/responseDateTimeRenderOption",schemaPath:"#/properties/responseDateTimeRenderOption/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data5 === "SERIAL_NUMBER") || (data5 === "FORMATTED_STRING"))){
const err15 = {instancePath:instancePath+"/responseDateTimeRenderOption",schemaPath:"#/properties/responseDateTimeRenderOption/enum",keyword:"enum",params:{allowedValues: schema15.properties.responseDateTimeRenderOption.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.values !== undefined){
let data6 = data.values;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))) && (typeof data8 !== "boolean")){
const err16 = {instancePath:instancePath+"/values/" + i0+"/" + i1,schemaPath:"#/properties/values/items/items/type",keyword:"type",params:{type: schema15.properties.values.items.items.type},message:"must be string,number,boolean"};
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
const err17 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err18 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.majorDimension !== undefined){
let data9 = data.majorDimension;
if(typeof data9 !== "string"){
const err19 = {instancePath:instancePath+"/majorDimension",schemaPath:"#/properties/majorDimension/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((data9 === "ROWS") || (data9 === "COLUMNS"))){
const err20 = {instancePath:instancePath+"/majorDimension",schemaPath:"#/properties/majorDimension/enum",keyword:"enum",params:{allowedValues: schema15.properties.majorDimension.enum},message:"must be equal to one of the allowed values"};
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
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}