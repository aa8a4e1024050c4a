/**
 * Checks a request against GitHub's published OpenAPI description (@octokit/openapi), the way
 * GitHub's own validation would: the operation must exist, its query parameters must be declared
 * and within their schemas, and the JSON body must match the request-body schema
 * (maxItems 50 annotations, annotation_level enum, required fields, date-time formats).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

interface Operation {
  parameters?: Array<Parameter | Ref>;
  requestBody?: { content?: Record<string, { schema: object }> };
}
interface Parameter {
  name: string;
  in: string;
  schema?: object;
}
interface Ref {
  $ref: string;
}
interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter> };
}

const ID = 'https://api.github.com/openapi.json';
let loaded: { description: Description; bodies: Ajv; params: Ajv; routes: Array<{ pattern: RegExp; template: string }> } | undefined;
const compiled = new Map<string, ValidateFunction>();

function load() {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const description = JSON.parse(readFileSync(file, 'utf8')) as Description;
  // OpenAPI 3.0 schemas are JSON Schema plus `nullable`, `example` and `x-*`: Ajv reads `nullable`
  // and, not strict, passes over the rest. Refs point into the description, registered once.
  const make = (coerceTypes: boolean) => {
    const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes });
    // CommonJS packages: the function is module.exports and, for TypeScript, its `default`.
    formats.default(ajv);
    ajv.addSchema({ $id: ID, components: description.components }, ID);
    return ajv;
  };
  const routes = Object.keys(description.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  loaded = { description, bodies: make(false), params: make(true), routes };
  return loaded;
}

/** `#/components/…` refs, rewritten to the registered description so Ajv resolves them. */
function anchored(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${ID}#/`));
}

function validator(ajv: Ajv, key: string, schema: object): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(anchored(schema));
    compiled.set(key, validate);
  }
  return validate;
}

/** What GitHub's description says is wrong with this request; empty when it conforms. */
export function openapiProblems(method: string, path: string, query: URLSearchParams, body: unknown): string[] {
  const { description, bodies, params, routes } = load();
  const verb = method.toLowerCase();
  // Literal segments win over templated ones, as a router matches them.
  const route = routes.filter((r) => r.pattern.test(path) && description.paths[r.template]![verb]).sort((a, b) => a.template.split('{').length - b.template.split('{').length)[0];
  if (!route) return [`${method} ${path}: no such operation in GitHub's REST API description`];
  const operation = description.paths[route.template]![verb]!;
  const where = `${method} ${route.template}`;
  const problems: string[] = [];

  const declared = new Map<string, Parameter>();
  for (const p of operation.parameters ?? []) {
    const parameter = '$ref' in p ? description.components.parameters[p.$ref.split('/').pop()!]! : p;
    if (parameter.in === 'query') declared.set(parameter.name, parameter);
  }
  for (const [name, value] of query) {
    const parameter = declared.get(name);
    if (!parameter) {
      problems.push(`${where}: query parameter \`${name}\` is not declared`);
      continue;
    }
    const validate = validator(params, `${where} ?${name}`, { type: 'object', properties: { [name]: parameter.schema ?? {} } });
    if (!validate({ [name]: value })) problems.push(...validate.errors!.map((e) => `${where}: query ${e.instancePath.slice(1)} ${e.message}`));
  }

  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (schema && body !== undefined) {
    const validate = validator(bodies, `${where} body`, schema);
    if (!validate(body)) problems.push(...validate.errors!.map((e) => `${where}: body${e.instancePath} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as string[]).join(', ')})` : ''}`));
  } else if (body !== undefined) {
    problems.push(`${where}: takes no JSON body`);
  }
  return problems;
}
