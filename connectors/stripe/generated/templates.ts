// Generated from connectors/stripe by `pnpm codegen --write`. Do not edit.
// @ts-nocheck: precompiled Handlebars templates (untyped by nature); only the core runtime renders them.
import { type TextTemplate, textTemplate } from '@convoflow/core';

export const t0: TextTemplate = textTemplate({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "/v1/payment_intents/"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"id") : depth0), depth0)) != null ? stack1 : "")
    + "/confirm";
},"useData":true});
export const t1: TextTemplate = textTemplate({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "/v1/customers/"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"id") : depth0), depth0)) != null ? stack1 : "");
},"useData":true});
export const t2: TextTemplate = textTemplate({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "/v1/payment_intents/"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"id") : depth0), depth0)) != null ? stack1 : "");
},"useData":true});
export const t3: TextTemplate = textTemplate({"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "/v1/customers/"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"id") : depth0), depth0)) != null ? stack1 : "");
},"useData":true});
