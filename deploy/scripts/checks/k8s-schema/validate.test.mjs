// validate.mjs reports what the Kubernetes schema forbids and passes what it allows (run: npm test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf } from './validate.mjs';

function deployment(container) {
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'nlp-service', labels: { 'app.kubernetes.io/name': 'nlp-service' } },
        spec: {
            selector: { matchLabels: { 'app.kubernetes.io/name': 'nlp-service' } },
            template: {
                metadata: { labels: { 'app.kubernetes.io/name': 'nlp-service' } },
                spec: { containers: [{ name: 'nlp-service', image: 'quotewire/nlp-service:latest', ...container }] },
            },
        },
    };
}

test('a valid Deployment has no problems', async () => {
    const valid = deployment({
        imagePullPolicy: 'IfNotPresent',
        ports: [{ containerPort: 8082, name: 'http' }],
        resources: { limits: { memory: '2560Mi', cpu: '2' } },
        readinessProbe: { httpGet: { path: '/q/health/ready', port: 'http' } },
    });
    assert.deepEqual(await problemsOf(valid), []);
});

test('a misspelt field is an unknown field, with its path', async () => {
    const problems = await problemsOf(deployment({ imagePullPolicyy: 'Always' }));
    assert.deepEqual(problems, ['Deployment/nlp-service: unknown field spec.template.spec.containers[0].imagePullPolicyy']);
});

test('a field of the wrong type is reported', async () => {
    const problems = await problemsOf(deployment({ ports: [{ containerPort: 'eighty' }] }));
    assert.equal(problems.length, 1);
    assert.match(problems[0], /containers\/0\/ports\/0\/containerPort must be integer/);
});

test('a missing required field is reported', async () => {
    const broken = deployment({});
    delete broken.spec.selector;
    const problems = await problemsOf(broken);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /data\/spec must have required property selector/);
});

test('a kind the schema does not have is reported, not passed', async () => {
    const problems = await problemsOf({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'x' } });
    assert.deepEqual(problems, ['Deploymnet/x: apps/v1 Deploymnet is not in the Kubernetes schema']);
});

test('an HPA of autoscaling/v2 is checked against its own schema', async () => {
    const hpa = {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'nlp-service' },
        spec: {
            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'nlp-service' },
            minReplicas: 1,
            maxReplicas: 6,
            metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilisation: 70 } } }],
        },
    };
    assert.deepEqual(await problemsOf(hpa), [
        'HorizontalPodAutoscaler/nlp-service: unknown field spec.metrics[0].resource.target.averageUtilisation',
    ]);
});
