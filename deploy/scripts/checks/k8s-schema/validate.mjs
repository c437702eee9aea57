// Checks Kubernetes objects against the Kubernetes OpenAPI schema, offline, unknown fields an error:
//   node validate.mjs NAME < rendered.yaml     (one YAML stream, e.g. `kubectl kustomize deploy/k8s/base`)
// Two checks per object: kubernetes-models' validator (generated from the OpenAPI schema: types, required fields,
// formats, enums), and a round trip through @kubernetes/client-node's typed model, which keeps only the fields the
// schema defines, so every field that does not survive it is unknown. An apiVersion/kind neither knows is an error
// too. Exits 1 with one line per problem.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
// The package's index also loads its HTTP client, which needs a newer Node; the serializer alone does not.
import { ObjectSerializer } from '@kubernetes/client-node/dist/gen/models/ObjectSerializer.js';

/** The problems of one object, as "Kind/name: message" lines; empty when it is valid. */
export async function problemsOf(object) {
    const name = `${object?.kind}/${object?.metadata?.name}`;
    if (!object?.apiVersion || !object?.kind) {
        return [`${name}: no apiVersion or kind`];
    }
    const model = await modelClass(object.apiVersion, object.kind);
    const typeName = serializerType(object.apiVersion, object.kind);
    if (!model || !(await serializerKnows(typeName))) {
        return [`${name}: ${object.apiVersion} ${object.kind} is not in the Kubernetes schema`];
    }
    const problems = [];
    try {
        new model(object).validate();
    } catch (error) {
        problems.push(`${name}: ${error.message}`);
    }
    const roundTripped = ObjectSerializer.serialize(ObjectSerializer.deserialize(object, typeName), typeName);
    for (const path of unknownFields(object, roundTripped, '')) {
        problems.push(`${name}: unknown field ${path}`);
    }
    return problems;
}

/** Paths of the fields of original that roundTripped lacks. */
export function unknownFields(original, roundTripped, path) {
    if (Array.isArray(original)) {
        return original.flatMap((item, i) => unknownFields(item, (roundTripped ?? [])[i], `${path}[${i}]`));
    }
    if (original === null || typeof original !== 'object') {
        return [];
    }
    return Object.entries(original).flatMap(([key, value]) => {
        const here = path ? `${path}.${key}` : key;
        if (value === null || value === undefined) {
            return [];
        }
        if (roundTripped === null || typeof roundTripped !== 'object' || !(key in roundTripped)) {
            return [here];
        }
        return unknownFields(value, roundTripped[key], here);
    });
}

async function modelClass(apiVersion, kind) {
    try {
        return (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];
    } catch {
        return undefined;
    }
}

/** "apps/v1" + "Deployment" -> "V1Deployment"; "autoscaling/v2" + "HorizontalPodAutoscaler" -> "V2Horizontal…". */
function serializerType(apiVersion, kind) {
    const version = apiVersion.split('/').pop();
    return version.charAt(0).toUpperCase() + version.slice(1) + kind;
}

async function serializerKnows(typeName) {
    try {
        await import(`@kubernetes/client-node/dist/gen/models/${typeName}.js`);
        return true;
    } catch {
        return false;
    }
}

async function main(name) {
    const documents = parseAllDocuments(readFileSync(0, 'utf8'));
    const objects = documents.map((document) => document.toJS()).filter((object) => object !== null);
    const problems = (await Promise.all(objects.map(problemsOf))).flat();
    for (const problem of problems) {
        console.log(`PROBLEM ${name}: ${problem}`);
    }
    const kinds = [...new Set(objects.map((object) => object.kind))].sort().join(', ');
    console.log(`${name}: ${objects.length} objects (${kinds}), ${problems.length} problems`);
    return objects.length > 0 && problems.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    process.exitCode = await main(process.argv[2] ?? 'stdin');
}
